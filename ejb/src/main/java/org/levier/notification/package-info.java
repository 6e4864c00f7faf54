/**
 * E-mails to applicants and staff through a transactional outbox: a message is stored with the change it announces
 * (so a rolled-back change sends nothing) and handed to SMTP after commit. With no SMTP host configured, messages are
 * HELD in the outbox, where administrators read them. Several nodes may dispatch: a message is claimed by one
 * conditional update before it is sent, so it is sent once.
 */
package org.levier.notification;
