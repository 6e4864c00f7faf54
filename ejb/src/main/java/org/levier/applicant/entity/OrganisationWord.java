package org.levier.applicant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One search word of an organisation ({@code organisation_word}, migration 28), for the search's queries only:
 * the rows are written by the organisation's own element collection {@code words}, in the transaction that changes its
 * texts, never through this class (no setter, no constructor but JPA's). Mapped so that the search's {@code EXISTS}
 * is JPQL, every column qualified.
 */
@Entity
@Table(name = "organisation_word")
@IdClass(OrganisationWord.Key.class)
public class OrganisationWord {

    /** Composite primary key: the owner's id and the word. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;
        private long organisationId;
        private String word;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && organisationId == k.organisationId && Objects.equals(word, k.word);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationId, word);
        }
    }

    @Id
    @Column(name = "organisation_id")
    private long organisationId;

    @Id
    @Column(name = "word")
    private String word;

    protected OrganisationWord() {
    }
}
