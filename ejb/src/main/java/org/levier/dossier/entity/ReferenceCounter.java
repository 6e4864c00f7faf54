package org.levier.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * The last reference number given in a programme and year. Taken under {@code PESSIMISTIC_WRITE} by the submission
 * that increments it, so numbers are consecutive, and rolled back with a submission that fails, so they are gapless.
 */
@Entity
@Table(name = "dossier_reference_counter")
@IdClass(ReferenceCounter.Key.class)
public class ReferenceCounter {

    /** Composite primary key: programme code and year. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String programmeCode;
        private int refYear;

        public Key() {
        }

        public Key(String programmeCode, int year) {
            this.programmeCode = programmeCode;
            this.refYear = year;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && refYear == k.refYear && Objects.equals(programmeCode, k.programmeCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(programmeCode, refYear);
        }
    }

    @Id
    @Column(name = "programme_code", length = 20)
    private String programmeCode;

    // Not "year": a keyword of JPQL's EXTRACT and of SQL.
    @Id
    @Column(name = "ref_year")
    private int refYear;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected ReferenceCounter() {
    }

    public ReferenceCounter(String programmeCode, int year) {
        this.programmeCode = Objects.requireNonNull(programmeCode, "programmeCode");
        this.refYear = year;
    }

    /** Takes the next number and answers the reference it makes, e.g. {@code TI-DK-2026-0001}. */
    public String next() {
        lastNumber++;
        return format(programmeCode, refYear, lastNumber);
    }

    /** {@code <programme>-<year>-<number on at least 4 digits>}. */
    public static String format(String programmeCode, int year, int number) {
        if (number < 1) {
            throw new IllegalArgumentException("reference numbers start at 1");
        }
        return "%s-%04d-%04d".formatted(programmeCode, year, number);
    }

    public String getProgrammeCode() {
        return programmeCode;
    }

    public int getYear() {
        return refYear;
    }

    public int getLastNumber() {
        return lastNumber;
    }
}
