package org.levier.programme.boundary;

import java.util.List;
import org.levier.shared.control.RuleViolation.Violation;

/**
 * Fired (synchronously, in the caller's transaction) while a call for projects is checked, so that the components
 * that own the vocabularies check their part: the dossier component the mandatory document kinds, due diligence the
 * checklist categories. Observers add to {@code violations}; nothing is stored yet.
 */
public record CallRequirementsCheck(List<String> mandatoryDocuments, List<CallForm.ChecklistItemForm> checklist,
                                    List<Violation> violations) {
}
