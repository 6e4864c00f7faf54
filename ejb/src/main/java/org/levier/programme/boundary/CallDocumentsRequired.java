package org.levier.programme.boundary;

import java.util.Set;

/**
 * Fired (synchronously, in the caller's transaction) once a call is stored: the document kinds it requires before
 * submission, already checked by {@link CallRequirementsCheck}, for the dossier component to keep.
 */
public record CallDocumentsRequired(long callId, Set<String> kinds) {
}
