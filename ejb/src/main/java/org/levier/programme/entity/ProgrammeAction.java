package org.levier.programme.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.levier.shared.entity.Money;

/**
 * An action of a programme: numbered across the programme, in one axis, with an optional envelope (the part of
 * the allotment reserved for it) and optional leader organisations (named as the programme's sources name them).
 */
@Entity
@Table(name = "programme_action")
public class ProgrammeAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "axis_id")
    private Axis axis;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private String title;

    private String summary;

    /** The title in English; null: none yet (the French title stands in). */
    @Column(name = "title_en")
    private String titleEn;

    private Money envelope;

    @ElementCollection
    @CollectionTable(name = "action_leader", joinColumns = @JoinColumn(name = "action_id"))
    @Column(name = "leader_name")
    @OrderBy
    private List<String> leaders = new ArrayList<>();

    protected ProgrammeAction() {
    }

    ProgrammeAction(Programme programme, Axis axis, int number, String title, String summary) {
        if (number < 1) {
            throw new IllegalArgumentException("action numbers start at 1");
        }
        this.programme = programme;
        this.axis = axis;
        this.number = number;
        this.title = title;
        this.summary = summary;
    }

    public void nameLeaders(List<String> leaderNames) {
        this.leaders = new ArrayList<>(leaderNames.stream().distinct().toList());
    }

    /** Reserves part of the allotment for this action; never above the allotment, never negative. */
    public void reserveEnvelope(Money amount) {
        if (amount != null && (amount.isNegative() || amount.isGreaterThan(programme.getAllotment()))) {
            throw new IllegalArgumentException("an envelope lies between 0 and the programme's allotment");
        }
        this.envelope = amount;
    }

    void retitle(String newTitle, String newTitleEn, String newSummary) {
        this.title = newTitle;
        this.titleEn = newTitleEn;
        this.summary = newSummary;
    }

    /** Gives the action its English title (null or blank: none, the French title stands in). */
    public void translateTitle(String english) {
        this.titleEn = english == null || english.isBlank() ? null : english.strip();
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public Axis getAxis() {
        return axis;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getTitleEn() {
        return titleEn;
    }

    /** The title in the requested language, falling back to French (the programme's own language). */
    public String title(String language) {
        return "en".equals(language) && titleEn != null ? titleEn : title;
    }

    public String getSummary() {
        return summary;
    }

    public Optional<Money> envelope() {
        return Optional.ofNullable(envelope);
    }

    public List<String> getLeaders() {
        return Collections.unmodifiableList(leaders);
    }
}
