package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.levier.identity.entity.User;
import org.levier.notification.boundary.Mails;
import org.levier.notification.entity.OutgoingMail;
import org.levier.shared.control.Page;

/**
 * {@code GET /api/v1/admin/outbox?recipient=&page=&size=} (administrators): the e-mail outbox, newest first. With no
 * SMTP configured this is where messages wait (status HELD), confirmation links included.
 */
@Path("admin/outbox")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    /** One message. */
    public record MailView(long id, String recipient, String subject, String body, String status, String createdAt,
                           String sentAt) {
    }

    /** A page of messages. */
    public record MailPage(List<MailView> items, int page, int size, long total) {
    }

    @Inject
    Mails mails;

    @GET
    @Operation(summary = "The e-mail outbox, newest first, optionally for one recipient")
    public MailPage outbox(@QueryParam("recipient") String recipient,
                           @QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("size") @DefaultValue("50") int size) {
        String who = recipient == null || recipient.isBlank() ? null : User.normaliseEmail(recipient);
        Page<OutgoingMail> found = mails.outbox(who, page, size);
        return new MailPage(found.items().stream().map(OutboxResource::view).toList(), found.page(), found.size(),
                found.total());
    }

    private static MailView view(OutgoingMail m) {
        return new MailView(m.getId(), m.getRecipient(), m.getSubject(), m.getBody(), m.getStatus().name(),
                ApiFormat.instant(m.getCreatedAt()), m.getSentAt() == null ? null : ApiFormat.instant(m.getSentAt()));
    }
}
