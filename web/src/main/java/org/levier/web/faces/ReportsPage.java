package org.levier.web.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.levier.committee.boundary.Committees;
import org.levier.committee.entity.CommitteeSession;
import org.levier.reports.ReportType;
import org.levier.reports.boundary.ReportFile;
import org.levier.reports.boundary.ReportJob;
import org.levier.reports.boundary.ReportJobs;
import org.levier.reports.boundary.ReportOutcome;
import org.levier.reports.boundary.ReportRequest;
import org.levier.reports.boundary.Reports;
import org.levier.shared.entity.Role;
import org.levier.web.core.Caller;
import org.levier.web.core.Downloads;

/**
 * The report area ({@code /app/reports.xhtml}): the report types the signed-in user may get (those produced, for its
 * roles: DOMAIN.md's catalogue), their parameters, one button that downloads a small report straight away or starts
 * a background job for a large one — then shown with a progress bar polling the job and, once DONE, its link — and
 * the user's recent jobs. Job files are downloaded through {@link ReportJobDownload} with the session.
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Who may get each report (DOMAIN.md, "Reports"); the producers check again. */
    static final Map<ReportType, Set<Role>> AUDIENCE = new EnumMap<>(ReportType.class);

    static {
        AUDIENCE.put(ReportType.DOSSIER_SUMMARY, Set.of(Role.ANALYST, Role.FUND_DIRECTOR, Role.AUDITOR,
                Role.APPLICANT));
        AUDIENCE.put(ReportType.DUE_DILIGENCE, Set.of(Role.ANALYST, Role.FUND_DIRECTOR, Role.COMMITTEE_MEMBER,
                Role.AUDITOR));
        AUDIENCE.put(ReportType.COMMITTEE_MINUTES, Set.of(Role.COMMITTEE_MEMBER, Role.FUND_DIRECTOR, Role.AUDITOR));
        AUDIENCE.put(ReportType.AGREEMENT, Set.of(Role.ANALYST, Role.FUND_DIRECTOR, Role.APPLICANT, Role.AUDITOR));
        AUDIENCE.put(ReportType.DISBURSEMENT_STATEMENT, Set.of(Role.ANALYST, Role.FUND_DIRECTOR, Role.APPLICANT,
                Role.AUDITOR));
        for (ReportType type : List.of(ReportType.PORTFOLIO, ReportType.LEVERAGE, ReportType.IMPACT)) {
            AUDIENCE.put(type, Set.of(Role.ANALYST, Role.FUND_DIRECTOR, Role.AUDITOR));
        }
        AUDIENCE.put(ReportType.AUDIT_TRAIL, Set.of(Role.AUDITOR));
        AUDIENCE.put(ReportType.ANNUAL, Set.of(Role.ANALYST, Role.FUND_DIRECTOR, Role.AUDITOR));
    }

    /** Reports about one dossier: they ask for its number. */
    static final Set<ReportType> PER_DOSSIER = Set.of(ReportType.DOSSIER_SUMMARY, ReportType.DUE_DILIGENCE,
            ReportType.AGREEMENT, ReportType.DISBURSEMENT_STATEMENT);

    @Inject
    Reports reports;

    @Inject
    ReportJobs jobs;

    @Inject
    Caller caller;

    @Inject
    UserView user;

    @Inject
    LocaleView locale;

    private String type;
    private String format = "pdf";
    private String programme;
    private Long dossier;
    private Long committee;
    private LocalDate from;
    private LocalDate to;
    private String language;
    private Long jobId;
    private transient List<ReportJob> recent;

    /** The report types this user may get, among those produced. */
    public List<ReportType> getTypes() {
        Set<ReportType> available = reports.available();
        return Arrays.stream(ReportType.values())
                .filter(available::contains)
                .filter(t -> AUDIENCE.getOrDefault(t, Set.of()).stream().anyMatch(user::has))
                .toList();
    }

    public ReportType getSelected() {
        List<ReportType> types = getTypes();
        return types.stream().filter(t -> t.apiName().equals(type)).findFirst()
                .orElse(types.isEmpty() ? null : types.getFirst());
    }

    public List<String> getFormats() {
        ReportType selected = getSelected();
        return selected == null ? List.of() : Arrays.stream(ReportType.Format.values()).filter(selected::supports)
                .map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
    }

    public boolean isPerDossier() {
        return PER_DOSSIER.contains(getSelected());
    }

    /** The committee minutes ask for the session's number. */
    public boolean isPerCommittee() {
        return getSelected() == ReportType.COMMITTEE_MINUTES;
    }

    @Inject
    org.levier.programme.boundary.Programmes programmes;

    private transient List<org.levier.programme.entity.Programme> programmeList;

    /** The programmes a report may be about, chosen by name rather than typed as a code. */
    public List<org.levier.programme.entity.Programme> getProgrammes() {
        if (programmeList == null) {
            programmeList = programmes.list();
        }
        return programmeList;
    }

    /** How many sessions the minutes' picker lists, latest first. */
    static final int SESSIONS = 200;

    @Inject
    Committees committees;

    private transient List<CommitteeSession> sessions;

    /**
     * The sessions whose minutes may be asked for, latest first, as the committee's boundary lists them to this user
     * (a member: the sessions it sits on): the minutes are chosen by title and date, not by number.
     */
    public List<CommitteeSession> getSessions() {
        if (sessions == null) {
            sessions = isPerCommittee() ? committees.list(null, 0, SESSIONS).items() : List.of();
        }
        return sessions;
    }

    public Long getCommittee() {
        return committee;
    }

    public void setCommittee(Long committee) {
        this.committee = committee;
    }

    /** Downloads the report, or starts its job when it is large (then the page shows the job's progress). */
    public void produce() {
        ReportType selected = getSelected();
        if (selected == null) {
            return;
        }
        ReportType.Format chosen = getFormats().contains(format)
                ? ReportType.Format.valueOf(format.toUpperCase(Locale.ROOT)) : ReportType.Format.PDF;
        LocalDate fromDate = from;
        LocalDate toDate = to;
        Locale lang = "en".equals(language == null ? locale.getLanguage() : language) ? Locale.ENGLISH : Locale.FRENCH;
        ReportRequest request = new ReportRequest(selected, chosen, blankToNull(programme),
                isPerDossier() ? dossier : null, fromDate, toDate, lang, isPerCommittee() ? committee : null);
        ReportOutcome[] outcome = new ReportOutcome[1];
        if (!Messages.attempt(() -> outcome[0] = reports.produce(request,
                caller.isApplicant() ? caller.applicant() : null), null)) {
            return;
        }
        if (outcome[0].isQueued()) {
            jobId = outcome[0].jobId();
            recent = null;
            Messages.info("reports.job.started", jobId);
            return;
        }
        send(outcome[0].file());
    }

    private static void send(ReportFile file) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(file.contentType());
        external.setResponseContentLength(file.content().length);
        external.setResponseHeader("Content-Disposition", Downloads.attachment(file.fileName()));
        external.setResponseHeader("X-Content-Type-Options", "nosniff");
        external.setResponseHeader("Cache-Control", "private, no-store");
        external.setResponseHeader("X-Content-SHA256", file.sha256());
        try {
            external.getResponseOutputStream().write(file.content());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** The job started from this page, as it is now (null when none). */
    public ReportJob getJob() {
        return jobId == null ? null : jobs.get(jobId);
    }

    /** The progress bar's value: the job's progress, 100 once it has ended (done or failed: polling stops). */
    public int getProgress() {
        ReportJob job = getJob();
        return job == null ? 0 : job.finished() ? 100 : job.progress();
    }

    public void setProgress(int progress) {
        // read-only: the progress bar posts its value back
    }

    public List<ReportJob> getRecent() {
        if (recent == null) {
            recent = jobs.recent();
        }
        return recent;
    }

    public void refresh() {
        recent = null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getType() {
        ReportType selected = getSelected();
        return selected == null ? null : selected.apiName();
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public Long getDossier() {
        return dossier;
    }

    public void setDossier(Long dossier) {
        this.dossier = dossier;
    }

    /** The dossier chosen in the picker ({@link DossierPicker}), by reference, title or organisation. */
    private DossierPicker.Choice dossierChoice;

    public DossierPicker.Choice getDossierChoice() {
        return dossierChoice;
    }

    public void setDossierChoice(DossierPicker.Choice choice) {
        this.dossierChoice = choice;
        this.dossier = choice == null ? null : choice.id();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getLanguage() {
        return language == null ? locale.getLanguage() : language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Long getJobId() {
        return jobId;
    }
}
