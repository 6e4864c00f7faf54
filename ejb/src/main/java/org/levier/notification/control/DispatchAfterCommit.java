package org.levier.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.levier.notification.boundary.Mails;

/** Starts sending as soon as the transaction that queued a message has committed (never before, never on rollback). */
@ApplicationScoped
public class DispatchAfterCommit {

    @Inject
    Mails mails;

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) Mails.Queued queued) {
        mails.dispatchPending();
    }
}
