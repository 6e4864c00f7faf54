package org.levier.dossier.control;

import java.util.Set;
import org.levier.dossier.entity.DocumentKind;

/**
 * Which kinds of documents a dossier has: the document component owns the uploads and answers this question; the
 * dossier component only asks it, when it checks a submission against its call's mandatory documents (the document
 * component depends on the dossier, never the other way round). In the caller's transaction.
 */
public interface DocumentsPresent {

    /** The kinds of the dossier's uploads. */
    Set<DocumentKind> kindsOf(long dossierId);
}
