package org.levier.identity.boundary;

/**
 * Fired (CDI event) when an account's password, roles or enabled state changes, so that whatever this node remembers
 * about its credentials (the web layer's cached Basic credentials) is forgotten as the change commits; other nodes
 * see the change through the account's credential stamp ({@link org.levier.identity.entity.User#credentialStamp()}).
 */
public record AccountChanged(String email) {
}
