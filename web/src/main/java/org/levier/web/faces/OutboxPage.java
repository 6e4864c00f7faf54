package org.levier.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.levier.notification.boundary.Mails;
import org.levier.notification.entity.OutgoingMail;
import org.levier.shared.control.Page;

/**
 * The e-mail outbox for administrators: with no SMTP server configured (the run command's default), this is where
 * confirmation links and notices are read. Paged in the database, newest first, filtered by recipient.
 */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SIZE = 20;

    @Inject
    Mails mails;

    private String recipient;
    private int page;
    private transient Page<OutgoingMail> current;

    public Page<OutgoingMail> getMessages() {
        if (current == null) {
            current = mails.outbox(recipient == null || recipient.isBlank() ? null : recipient.strip(), page, SIZE);
        }
        return current;
    }

    public void search() {
        page = 0;
        current = null;
    }

    public void next() {
        if (hasNext()) {
            page++;
            current = null;
        }
    }

    public void previous() {
        if (page > 0) {
            page--;
            current = null;
        }
    }

    public boolean hasNext() {
        return (long) (page + 1) * SIZE < getMessages().total();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public int getPage() {
        return page;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }
}
