package org.levier.programme.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A strategic axis of a programme (numbered, titled in French and English), holding actions. */
@Entity
@Table(name = "axis")
public class Axis {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private String title;

    @Column(name = "title_en")
    private String titleEn;

    @OneToMany(mappedBy = "axis", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<ProgrammeAction> actions = new ArrayList<>();

    protected Axis() {
    }

    Axis(Programme programme, int number, String title, String titleEn) {
        if (number < 1) {
            throw new IllegalArgumentException("axis numbers start at 1");
        }
        this.programme = programme;
        this.number = number;
        this.title = title;
        this.titleEn = titleEn;
    }

    ProgrammeAction addAction(int actionNumber, String actionTitle, String summary) {
        ProgrammeAction action = new ProgrammeAction(programme, this, actionNumber, actionTitle, summary);
        actions.add(action);
        return action;
    }

    void retitle(String newTitle, String newTitleEn) {
        this.title = newTitle;
        this.titleEn = newTitleEn;
    }

    void removeAction(ProgrammeAction action) {
        actions.remove(action);
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
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

    public List<ProgrammeAction> getActions() {
        return Collections.unmodifiableList(actions);
    }
}
