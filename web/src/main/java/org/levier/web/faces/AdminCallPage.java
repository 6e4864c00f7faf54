package org.levier.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.levier.dossier.boundary.Dossiers;
import org.levier.dossier.entity.DocumentKind;
import org.levier.programme.boundary.CallForm;
import org.levier.programme.boundary.Calls;
import org.levier.programme.boundary.Programmes;
import org.levier.programme.entity.AidRegime;
import org.levier.programme.entity.CallForProjects;
import org.levier.programme.entity.ChecklistTemplateItem;
import org.levier.programme.entity.Programme;
import org.levier.programme.entity.ProgrammeAction;
import org.levier.shared.control.Clocks;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.SizeClass;

/**
 * Creating or revising a call for projects ({@code /app/admin/call.xhtml?id=}): window typed in Paris time,
 * eligible actions of its programme, instruments, amounts, aid regime and maximum intensity per size, mandatory
 * documents and the due-diligence checklist template (one item a line, {@code CODE | CATEGORY | label}; none: the
 * fund's default). {@link Calls} checks everything.
 */
@Named
@ViewScoped
public class AdminCallPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    @Inject
    Programmes programmes;

    @Inject
    Calls calls;

    @Inject
    Dossiers dossiers;

    private Long id;
    private Long version;
    private String programme;
    private String code;
    private String title;
    private String opensAt;
    private String closesAt;
    private List<Integer> actions = new ArrayList<>();
    private List<String> instruments = new ArrayList<>(List.of(Instrument.GRANT.name()));
    private String aidRegime = AidRegime.GBER.name();
    private String minAmount;
    private String maxAmount;
    private List<String> documents = new ArrayList<>();
    private final Map<String, String> intensity = new LinkedHashMap<>();
    private String checklist;
    private boolean loaded;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        Arrays.stream(SizeClass.values()).forEach(s -> intensity.put(s.name(), null));
        if (id != null) {
            CallForProjects call = programmes.getCall(id);
            version = call.getVersion();
            programme = call.getProgramme().getCode();
            code = call.getCode();
            title = call.getTitle();
            opensAt = LOCAL.format(call.getOpensAt().atZone(Clocks.FUND_ZONE));
            closesAt = LOCAL.format(call.getClosesAt().atZone(Clocks.FUND_ZONE));
            actions = new ArrayList<>(call.getEligibleActions().stream().map(ProgrammeAction::getNumber).sorted()
                    .toList());
            instruments = new ArrayList<>(call.getInstruments().stream().map(Enum::name).toList());
            aidRegime = call.getAidRegime().name();
            minAmount = call.getMinAmount().toPlainString();
            maxAmount = call.getMaxAmount().toPlainString();
            documents = new ArrayList<>(dossiers.mandatoryDocuments(id).stream().map(Enum::name).toList());
            call.getMaxIntensity().forEach((size, max) -> intensity.put(size.name(), max.toPlainString()));
            StringBuilder lines = new StringBuilder();
            for (ChecklistTemplateItem item : call.getChecklist()) {
                lines.append(item.getCode()).append(" | ").append(item.getCategory()).append(" | ")
                        .append(item.getLabel()).append('\n');
            }
            checklist = lines.toString();
        } else if (programme == null) {
            programme = programmes.first().map(Programme::getCode).orElse(null);
        }
    }

    public List<Programme> getProgrammes() {
        return programmes.list();
    }

    /** The actions of the chosen programme, by number. */
    public List<ProgrammeAction> getProgrammeActions() {
        if (programme == null) {
            return List.of();
        }
        return programmes.findByCode(programme).map(p -> p.getAxes().stream()
                        .flatMap(a -> a.getActions().stream())
                        .sorted(Comparator.comparingInt(ProgrammeAction::getNumber)).toList())
                .orElse(List.of());
    }

    public void save() throws IOException {
        Map<String, String> caps = new LinkedHashMap<>();
        intensity.forEach((size, max) -> {
            if (max != null && !max.isBlank()) {
                caps.put(size, max);
            }
        });
        List<CallForm.ChecklistItemForm> items = new ArrayList<>();
        if (checklist != null) {
            for (String line : checklist.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("\\|", 3);
                items.add(new CallForm.ChecklistItemForm(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null,
                        parts.length > 2 ? parts[2].strip() : null));
            }
        }
        // Faces fills the list from the items' values (Integer), whatever the declared element type.
        List<Integer> numbers = new ArrayList<>();
        for (Object number : (List<?>) actions) {
            numbers.add(Integer.valueOf(String.valueOf(number)));
        }
        CallForm form = new CallForm(programme, code, title, opensAt, closesAt, numbers, instruments, aidRegime,
                minAmount, maxAmount, documents, caps, items, version);
        CallForProjects[] saved = new CallForProjects[1];
        if (Messages.attempt(() -> saved[0] = id == null ? calls.create(form) : calls.revise(id, form),
                id == null ? "admin.call.created" : "admin.call.revised", code)) {
            Messages.keepAcrossRedirect();
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/app/admin/calls.xhtml");
        }
    }

    public List<String> getInstrumentChoices() {
        return Arrays.stream(Instrument.values()).map(Enum::name).toList();
    }

    public List<String> getRegimeChoices() {
        return Arrays.stream(AidRegime.values()).map(Enum::name).toList();
    }

    public List<String> getDocumentChoices() {
        return Arrays.stream(DocumentKind.values()).map(Enum::name).toList();
    }

    public List<String> getSizeClasses() {
        return List.copyOf(intensity.keySet());
    }

    public Map<String, String> getIntensity() {
        return intensity;
    }

    public boolean isExisting() {
        return id != null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(String opensAt) {
        this.opensAt = opensAt;
    }

    public String getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(String closesAt) {
        this.closesAt = closesAt;
    }

    public List<Integer> getActions() {
        return actions;
    }

    public void setActions(List<Integer> actions) {
        this.actions = actions;
    }

    public List<String> getInstruments() {
        return instruments;
    }

    public void setInstruments(List<String> instruments) {
        this.instruments = instruments;
    }

    public String getAidRegime() {
        return aidRegime;
    }

    public void setAidRegime(String aidRegime) {
        this.aidRegime = aidRegime;
    }

    public String getMinAmount() {
        return minAmount;
    }

    public void setMinAmount(String minAmount) {
        this.minAmount = minAmount;
    }

    public String getMaxAmount() {
        return maxAmount;
    }

    public void setMaxAmount(String maxAmount) {
        this.maxAmount = maxAmount;
    }

    public List<String> getDocuments() {
        return documents;
    }

    public void setDocuments(List<String> documents) {
        this.documents = documents;
    }

    public String getChecklist() {
        return checklist;
    }

    public void setChecklist(String checklist) {
        this.checklist = checklist;
    }
}
