package org.levier.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands a message to SMTP with Jakarta Mail. Configuration (MicroProfile Config / environment):
 * {@code levier.mail.smtp.host} (none: messages are held in the outbox), {@code .port} (587), {@code .user},
 * {@code .password}, {@code .starttls} (true), {@code levier.mail.from}.
 */
@ApplicationScoped
public class SmtpSender {

    @Inject
    @ConfigProperty(name = "levier.mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "levier.mail.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "levier.mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "levier.mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "levier.mail.smtp.starttls", defaultValue = "true")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "levier.mail.from", defaultValue = "Levier <no-reply@levier.example>")
    String from;

    private volatile Session session;

    public boolean isConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public void send(String recipient, String subject, String body) throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipient, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        Transport.send(message);
    }

    private Session session() {
        Session current = session;
        if (current == null) {
            Properties properties = new Properties();
            properties.put("mail.smtp.host", host.orElseThrow(() -> new IllegalStateException("no SMTP host")));
            properties.put("mail.smtp.port", Integer.toString(port));
            properties.put("mail.smtp.connectiontimeout", "10000");
            properties.put("mail.smtp.timeout", "10000");
            properties.put("mail.smtp.writetimeout", "10000");
            properties.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
            boolean auth = user.filter(u -> !u.isBlank()).isPresent();
            properties.put("mail.smtp.auth", Boolean.toString(auth));
            current = auth
                    ? Session.getInstance(properties, new Authenticator() {
                        @Override
                        protected PasswordAuthentication getPasswordAuthentication() {
                            return new PasswordAuthentication(user.orElseThrow(), password.orElse(""));
                        }
                    })
                    : Session.getInstance(properties);
            session = current;
        }
        return current;
    }
}
