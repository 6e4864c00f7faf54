package org.levier.dossier.boundary;

import java.util.List;
import java.util.Objects;
import org.levier.dossier.control.SubmissionRules.PriorAid;
import org.levier.shared.entity.SizeClass;

/**
 * What the submission rules need to know about the applicant's organisation, read by the calling layer from the
 * applicant component: its size class (bounds the aid intensity) and the de minimis aid it declared.
 */
public record ApplicantProfile(SizeClass sizeClass, List<PriorAid> deMinimisAid) {

    public ApplicantProfile {
        Objects.requireNonNull(sizeClass, "sizeClass");
        deMinimisAid = deMinimisAid == null ? List.of() : List.copyOf(deMinimisAid);
    }
}
