package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.levier.web.it.DossierFixtures.APPLICANT1;
import static org.levier.web.it.DossierFixtures.APPLICANT2;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The instruction of a dossier through the REST API, as the demo accounts, against MariaDB: screening, due
 * diligence with a document request answered by upload, the four-eyes review, the committee with a conflict of
 * interest, quorum and majority, the decision and what the applicant sees; every refusal answers 403/422 and changes
 * nothing; every step is in the audit trail, whose chain stays valid. Also: the screening's refusal path, and two
 * concurrent reminder runs sending one reminder.
 *
 * <p>Members: member1 and member2 only (SecurityIT locks member3 in the same database).
 */
@ExtendWith(PayaraServer.class)
class InstructionIT {

    private static final String DIRECTOR2 = "director2@levier.example";
    private static final String MEMBER1 = "member1@levier.example";
    private static final String MEMBER2 = "member2@levier.example";
    private static final String ADMIN = "admin@levier.example";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @PayaraServer.Base
    URL base;

    private Api applicant;
    private Api applicant2;
    private Api analyst;
    private Api director1;
    private Api director2;
    private Api member1;
    private Api member2;
    private Api auditor;
    private Api admin;

    @BeforeEach
    void signIn() {
        Api anonymous = Api.anonymous(base);
        applicant = bearer(anonymous, APPLICANT1);
        applicant2 = bearer(anonymous, APPLICANT2);
        analyst = bearer(anonymous, Api.ANALYST);
        director1 = bearer(anonymous, Api.DIRECTOR);
        director2 = bearer(anonymous, DIRECTOR2);
        member1 = bearer(anonymous, MEMBER1);
        member2 = bearer(anonymous, MEMBER2);
        auditor = bearer(anonymous, Api.AUDITOR);
        admin = bearer(anonymous, ADMIN);
    }

    private Api bearer(Api anonymous, String email) {
        return Api.bearer(base, DossierFixtures.token(anonymous, email));
    }

    @Test
    void aSubmittedDossierIsInstructedAndApprovedByTheCommittee() {
        JsonObject submitted = submittedDossier("Hydrogen pilot " + UUID.randomUUID());
        long id = submitted.getJsonNumber("id").longValue();
        String reference = submitted.getString("reference");
        String dossier = "api/v1/dossiers/" + id;
        String file = dossier + "/due-diligence";

        // Before screening there is no file; the applicant never sees the staff's side.
        assertThat(analyst.get(file).statusCode()).isEqualTo(404);
        assertProblem(applicant.get(file), 403);
        assertProblem(applicant.get(dossier + "/comments"), 403);
        assertProblem(applicant.postJson(dossier + "/comments", "{\"body\":\"let me in\"}"), 403);

        // Screening.
        assertThat(status(ok(analyst.postJson(dossier + "/screening/start", "")))).isEqualTo("ELIGIBILITY_REVIEW");
        JsonObject screening = ok(analyst.get(file));
        assertThat(categories(screening)).containsExactly("ELIGIBILITY");
        JsonObject notYet = assertProblem(analyst.postJson(dossier + "/screening/eligible", "{}"), 422);
        assertThat(notYet.getString("type")).endsWith("diligence.screening.incomplete");
        assertThat(notYet.getJsonArray("violations")).hasSize(items(screening).size());
        for (JsonObject item : items(screening)) {
            ok(put(analyst, file + "/items/" + id(item), "{\"status\":\"SATISFIED\",\"comment\":\"checked\"}"));
        }
        assertThat(status(ok(analyst.postJson(dossier + "/screening/eligible",
                "{\"comment\":\"eligible to action 1\"}")))).isEqualTo("DUE_DILIGENCE");

        // Internal comments: staff only.
        HttpResponse<String> comment = analyst.postJson(dossier + "/comments",
                "{\"body\":\"Strong team, check the bank loan\"}");
        assertThat(comment.statusCode()).as(comment.body()).isEqualTo(201);
        assertThat(ok(director1.get(dossier + "/comments")).getJsonArray("items")).hasSize(1);

        // A document request, answered by an upload to the submitted dossier.
        String what = "Signed bank loan offer " + UUID.randomUUID();
        HttpResponse<String> asked = analyst.postJson(dossier + "/document-requests",
                "{\"what\":" + Api.quote(what) + ",\"dueDate\":\"" + LocalDate.now(PARIS).plusDays(10) + "\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        long requestId = Api.json(asked).getJsonNumber("id").longValue();
        JsonObject seen = ok(applicant.get(dossier + "/document-requests")).getJsonArray("items").getJsonObject(0);
        assertThat(seen.getString("what")).isEqualTo(what);
        assertThat(seen.getString("status")).isEqualTo("OPEN");
        assertThat(seen.isNull("requestedBy")).as("the staff member stays private").isTrue();
        assertThat(applicant2.get(dossier + "/document-requests").statusCode()).isEqualTo(404);
        HttpResponse<String> uploaded = DossierFixtures.upload(applicant, id, "OTHER", "loan-offer.pdf",
                DossierFixtures.minimalPdf());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        long documentId = Api.json(uploaded).getJsonNumber("id").longValue();
        JsonObject answered = ok(applicant.postJson(dossier + "/document-requests/" + requestId + "/answer",
                "{\"documentId\":" + documentId + "}"));
        assertThat(answered.getString("status")).isEqualTo("ANSWERED");
        HttpResponse<String> late = DossierFixtures.upload(applicant, id, "OTHER", "unasked.pdf",
                DossierFixtures.minimalPdf());
        assertThat(assertProblem(late, 422).getString("type")).endsWith("document.dossier-readonly");

        // Going to the committee now lists everything missing, and moves nothing.
        JsonObject dd = ok(analyst.get(file));
        JsonObject incomplete = assertProblem(analyst.postJson(dossier + "/transitions", "{\"to\":\"COMMITTEE\"}"),
                422);
        assertThat(incomplete.getString("type")).endsWith("diligence.incomplete");
        Set<String> missing = fields(incomplete);
        assertThat(missing).contains("riskRatings.FINANCIAL", "recommendation");
        assertThat(missing.stream().filter(f -> f.startsWith("items[")).count())
                .isEqualTo(items(dd).stream().filter(i -> i.getString("status").equals("PENDING")).count());

        // Assess every item (one waived with a justification, one not applicable), rate, decide budget lines.
        List<JsonObject> pending = items(dd).stream().filter(i -> i.getString("status").equals("PENDING")).toList();
        JsonObject refusedWaiver = assertProblem(put(analyst, file + "/items/" + id(pending.get(0)),
                "{\"status\":\"WAIVED\"}"), 422);
        assertThat(refusedWaiver.getString("type")).endsWith("diligence.item.justification-required");
        StringBuilder batch = new StringBuilder("{\"version\":" + ok(analyst.get(file)).getJsonNumber("version")
                + ",\"items\":[");
        for (int i = 0; i < pending.size(); i++) {
            String change = switch (i) {
                case 0 -> "{\"id\":%d,\"status\":\"WAIVED\",\"justification\":\"Statutes filed last year\"}";
                case 1 -> "{\"id\":%d,\"status\":\"NOT_APPLICABLE\",\"comment\":\"No litigation possible yet\"}";
                case 2 -> "{\"id\":%d,\"status\":\"ISSUE\",\"comment\":\"Thin equity, covered by condition\"}";
                default -> "{\"id\":%d,\"status\":\"SATISFIED\"}";
            };
            batch.append(i == 0 ? "" : ",").append(change.formatted(id(pending.get(i))));
        }
        JsonArray lines = dd.getJsonArray("budgetLines");
        batch.append("],\"budgetLines\":[{\"id\":").append(id(lines.getJsonObject(0))).append(",\"eligible\":true}]")
                .append(",\"risks\":{\"FINANCIAL\":3,\"TECHNICAL\":2,\"MARKET\":2,\"GOVERNANCE\":1}}");
        JsonObject assessed = ok(put(analyst, file, batch.toString()));
        assertThat(assessed.getJsonObject("risks").getInt("overall")).isEqualTo(2);
        assertThat(assessed.getJsonObject("risks").getInt("highest")).isEqualTo(3);
        JsonObject personnel = ok(put(analyst, file + "/budget-lines/" + id(lines.getJsonObject(1)) + "/eligibility",
                "{\"eligible\":false}"));
        assertThat(personnel.getString("eligibleCost")).isEqualTo("60000.00");
        ok(put(analyst, file + "/budget-lines/" + id(lines.getJsonObject(1)) + "/eligibility", "{\"eligible\":true}"));

        // A batch with one bad change stores nothing of it.
        long before = ok(analyst.get(file)).getJsonNumber("version").longValue();
        assertProblem(put(analyst, file, "{\"items\":[{\"id\":" + id(pending.get(3))
                + ",\"status\":\"PENDING\"}],\"risks\":{\"MARKET\":9}}"), 422);
        JsonObject unchanged = ok(analyst.get(file));
        assertThat(unchanged.getJsonNumber("version").longValue()).isEqualTo(before);
        assertThat(unchanged.getJsonObject("risks").getJsonObject("ratings").getInt("MARKET")).isEqualTo(2);

        // The recommendation: never above the request.
        assertThat(assertProblem(analyst.postJson(file + "/recommendation", recommendation("60000.00")), 422)
                .getString("type")).endsWith("diligence.recommendation.above-requested");
        JsonObject recommended = ok(analyst.postJson(file + "/recommendation", recommendation("40000.00")));
        assertThat(recommended.getJsonObject("recommendation").getJsonObject("amounts").getString("GRANT"))
                .isEqualTo("40000.00");
        assertThat(recommended.getJsonArray("missingForCommittee")).hasSize(1);

        // Four eyes: the analyst may not review; a director who recommended may not review its own.
        long version = recommended.getJsonNumber("version").longValue();
        assertProblem(analyst.postJson(file + "/review", review(version)), 403);
        JsonObject byDirector1 = ok(director1.postJson(file + "/recommendation", recommendation("40000.00")));
        long version1 = byDirector1.getJsonNumber("version").longValue();
        JsonObject selfReview = assertProblem(director1.postJson(file + "/review", review(version1)), 403);
        assertThat(selfReview.getString("type")).endsWith("diligence.self-review");
        JsonObject afterRefusals = ok(analyst.get(file));
        assertThat(afterRefusals.getJsonNumber("version").longValue()).isEqualTo(version1);
        assertThat(afterRefusals.isNull("review")).isTrue();
        JsonObject beforeReview = assertProblem(analyst.postJson(file + "/send-to-committee", ""), 422);
        assertThat(fields(beforeReview)).containsExactly("review");
        assertThat(status(ok(analyst.get(dossier)))).isEqualTo("DUE_DILIGENCE");
        assertProblem(director2.postJson(file + "/review", review(version1 - 1)), 409);
        JsonObject reviewed = ok(director2.postJson(file + "/review", review(version1)));
        assertThat(reviewed.getJsonObject("review").getString("reviewedBy")).isEqualTo(DIRECTOR2);
        assertThat(reviewed.getJsonArray("missingForCommittee")).isEmpty();
        assertThat(status(ok(analyst.postJson(dossier + "/transitions", "{\"to\":\"COMMITTEE\"}"))))
                .isEqualTo("COMMITTEE");

        // The committee: member1 and member2 vote.
        HttpResponse<String> planned = director1.postJson("api/v1/committees", "{\"title\":\"Comité "
                + reference + "\",\"heldOn\":\"" + LocalDate.now(PARIS).plusDays(7) + "\",\"members\":[\""
                + MEMBER1 + "\",\"" + MEMBER2 + "\"]}");
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        long sessionId = Api.json(planned).getJsonNumber("id").longValue();
        String session = "api/v1/committees/" + sessionId;
        assertProblem(analyst.postJson("api/v1/committees", "{\"title\":\"Not mine\",\"heldOn\":\"2027-01-10\","
                + "\"members\":[\"" + MEMBER1 + "\"]}"), 403);
        ok(director1.postJson(session + "/agenda", "{\"dossierId\":" + id + "}"));
        assertThat(assertProblem(member2.postJson(session + "/votes", vote(id, "FOR")), 422).getString("type"))
                .endsWith("committee.session.not-open");
        assertThat(ok(director1.postJson(session + "/open", "")).getString("status")).isEqualTo("OPEN");
        ok(member1.postJson(session + "/attendance", ""));
        JsonObject conflicted = ok(member1.postJson(session + "/conflicts",
                "{\"dossierId\":" + id + ",\"note\":\"My brother-in-law runs the applicant\"}"));
        assertThat(conflicted.getJsonArray("conflicted").getString(0)).isEqualTo(MEMBER1);
        assertThat(conflicted.getJsonObject("tally").getInt("eligible")).isEqualTo(1);
        assertThat(assertProblem(member1.postJson(session + "/votes", vote(id, "FOR")), 422).getString("type"))
                .endsWith("committee.vote.conflicted");
        assertProblem(director1.postJson(session + "/votes", vote(id, "FOR")), 403);
        membersReadTheirAgendaDossierButNotWhenRecused(sessionId, id, reference, documentId);
        // member1 is present but conflicted: no eligible member present yet.
        assertThat(assertProblem(director1.postJson(session + "/decisions", decision(id, "40000.00")), 422)
                .getString("type")).endsWith("committee.decision.no-quorum");
        JsonObject voted = ok(member2.postJson(session + "/votes", vote(id, "FOR")));
        assertThat(voted.getJsonObject("tally").getBoolean("quorumReached")).isTrue();
        assertThat(voted.getJsonObject("tally").getBoolean("majorityFor")).isTrue();
        assertThat(assertProblem(director1.postJson(session + "/decisions", decision(id, "50000.01")), 422)
                .getString("type")).endsWith("committee.decision.above-requested");
        assertThat(status(ok(analyst.get(dossier)))).isEqualTo("COMMITTEE");
        HttpResponse<String> decided = director1.postJson(session + "/decisions", decision(id, "40000.00"));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(201);
        long decisionId = Api.json(decided).getJsonNumber("id").longValue();
        assertThat(Api.json(decided).getJsonObject("approved").getString("GRANT")).isEqualTo("40000.00");
        assertThat(status(ok(analyst.get(dossier)))).isEqualTo("APPROVED");
        JsonObject twice = assertProblem(director1.postJson(session + "/decisions", decision(id, "30000.00")), 422);
        assertThat(twice.getString("type")).contains("committee.");
        assertThat(ok(auditor.get("api/v1/dossiers/" + id + "/decisions")).getJsonArray("items")).hasSize(1);
        JsonObject agenda = ok(member2.get(session)).getJsonArray("agenda").getJsonObject(0);
        assertThat(agenda.getJsonObject("decision").getString("outcome")).isEqualTo("APPROVED");
        assertThat(agenda.getJsonObject("votes").getString(MEMBER2)).isEqualTo("FOR");
        ok(director1.postJson(session + "/close", ""));

        // The applicant sees the decision (not who decided) and was told by e-mail.
        JsonObject own = ok(applicant.get(dossier + "/decisions")).getJsonArray("items").getJsonObject(0);
        assertThat(own.getString("outcome")).isEqualTo("APPROVED");
        assertThat(own.getJsonObject("approved").getString("GRANT")).isEqualTo("40000.00");
        assertThat(own.getJsonArray("conditions").getString(0)).isEqualTo("Bank loan signed");
        assertThat(own.isNull("decidedBy")).isTrue();
        assertThat(applicant2.get(dossier + "/decisions").statusCode()).isEqualTo(404);
        assertThat(subjects(APPLICANT1)).anyMatch(s -> s.contains(reference) && (s.contains("accord")
                || s.contains("approved")));

        // Counts per status, for staff.
        JsonObject counts = ok(analyst.get("api/v1/dossiers/counts?programme=TI-DK"));
        assertThat(counts.keySet()).contains("DRAFT", "COMMITTEE", "APPROVED", "WITHDRAWN");
        assertThat(counts.getJsonNumber("APPROVED").longValue()).isPositive();
        assertProblem(applicant.get("api/v1/dossiers/counts"), 403);

        // Every step in the audit trail, and the chain holds.
        assertThat(actions("Dossier", id)).contains("dossier.submitted", "dossier.transition");
        assertThat(ok(auditor.get("api/v1/dossiers/" + id + "/history")).getJsonArray("items").stream()
                .map(h -> h.asJsonObject().getString("to")).toList())
                .containsSubsequence("SUBMITTED", "ELIGIBILITY_REVIEW", "DUE_DILIGENCE", "COMMITTEE", "APPROVED");
        assertThat(actions("DueDiligence", dd.getJsonNumber("id").longValue())).contains("diligence.opened",
                "diligence.item.assessed", "diligence.checklist.added", "diligence.budget-line.decided",
                "diligence.risk.rated", "diligence.recommended", "diligence.reviewed");
        assertThat(actions("DocumentRequest", requestId)).containsExactly("diligence.request.asked",
                "diligence.request.answered");
        assertThat(actions("CommitteeSession", sessionId)).contains("committee.session.planned",
                "committee.agenda.added", "committee.session.opened", "committee.attendance",
                "committee.conflict.declared", "committee.vote.cast", "committee.session.closed");
        assertThat(actions("CommitteeDecision", decisionId)).containsExactly("committee.decision.recorded");
        JsonObject verified = ok(auditor.get("api/v1/audit/verify"));
        assertThat(verified.getBoolean("valid")).as(verified.toString()).isTrue();
    }

    @Test
    void screeningRefusesThroughEitherRouteAndTellsTheApplicantWhy() {
        JsonObject submitted = submittedDossier("Not eligible " + UUID.randomUUID());
        long id = submitted.getJsonNumber("id").longValue();
        String dossier = "api/v1/dossiers/" + id;
        // The generic transitions resource crosses the same gates as the named screening moves.
        assertThat(status(ok(analyst.postJson(dossier + "/transitions", "{\"to\":\"ELIGIBILITY_REVIEW\"}"))))
                .isEqualTo("ELIGIBILITY_REVIEW");
        assertThat(assertProblem(analyst.postJson(dossier + "/transitions", "{\"to\":\"DUE_DILIGENCE\"}"), 422)
                .getString("type")).endsWith("diligence.screening.incomplete");
        assertThat(assertProblem(analyst.postJson(dossier + "/screening/eligible", ""), 422)
                .getString("type")).endsWith("diligence.screening.incomplete");
        assertProblem(applicant.postJson(dossier + "/screening/ineligible", "{\"reason\":\"mine\"}"), 403);
        assertProblem(analyst.postJson(dossier + "/screening/ineligible", "{}"), 422);
        assertThat(status(ok(analyst.get(dossier)))).isEqualTo("ELIGIBILITY_REVIEW");
        String reason = "Outside the programme territory " + UUID.randomUUID();
        assertThat(status(ok(analyst.postJson(dossier + "/screening/ineligible",
                "{\"reason\":" + Api.quote(reason) + "}")))).isEqualTo("INELIGIBLE");
        assertThat(bodies(APPLICANT1)).anyMatch(b -> b.contains(reason));
        assertProblem(analyst.postJson(dossier + "/screening/start", ""), 422);
    }

    @Test
    void twoConcurrentReminderRunsSendOneReminder() throws Exception {
        JsonObject submitted = submittedDossier("Reminder race " + UUID.randomUUID());
        long id = submitted.getJsonNumber("id").longValue();
        String dossier = "api/v1/dossiers/" + id;
        ok(analyst.postJson(dossier + "/screening/start", ""));
        String what = "Insurance certificate " + UUID.randomUUID();
        HttpResponse<String> asked = analyst.postJson(dossier + "/document-requests",
                "{\"what\":" + Api.quote(what) + ",\"dueDate\":\"" + LocalDate.now(PARIS).plusDays(1) + "\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        long requestId = Api.json(asked).getJsonNumber("id").longValue();
        // Due within two days, but asked just now: not due for a reminder yet.
        ok(admin.postJson("api/v1/admin/reminders/run", ""));
        assertThat(bodies(APPLICANT1).stream().filter(b -> b.contains(what))).hasSize(1);
        // Asked two days ago (under the API: the request's own time is never changed by the application).
        try (Connection db = Database.connect();
             PreparedStatement st = db.prepareStatement("UPDATE document_request SET requested_at ="
                     + " DATE_SUB(requested_at, INTERVAL 2 DAY) WHERE id = ?")) {
            st.setLong(1, requestId);
            assertThat(st.executeUpdate()).isEqualTo(1);
        }
        assertProblem(analyst.postJson("api/v1/admin/reminders/run", ""), 403);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return admin.postJson("api/v1/admin/reminders/run", "");
                }));
            }
            start.countDown();
            int sent = 0;
            for (Future<HttpResponse<String>> run : runs) {
                HttpResponse<String> response = run.get(60, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                sent += Api.json(response).getInt("sent");
            }
            assertThat(sent).isGreaterThanOrEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        ok(admin.postJson("api/v1/admin/reminders/run", ""));
        // The request's own e-mail, and exactly one reminder.
        assertThat(bodies(APPLICANT1).stream().filter(b -> b.contains(what))).hasSize(2);
        assertThat(actions("DocumentRequest", requestId)).containsExactly("diligence.request.asked",
                "diligence.request.reminded");
        JsonObject request = ok(analyst.get(dossier + "/document-requests")).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getJsonNumber("id").longValue() == requestId)
                .findFirst().orElseThrow();
        assertThat(request.isNull("reminderSentAt")).isFalse();
        assertThat(request.getBoolean("overdue")).isFalse();
    }

    @Test
    void aDossierReturnedForCompletionIsCorrectedAndResubmittedUnderItsReference() throws Exception {
        JsonObject submitted = submittedDossier("Correction loop " + UUID.randomUUID());
        long id = submitted.getJsonNumber("id").longValue();
        String reference = submitted.getString("reference");
        String dossier = "api/v1/dossiers/" + id;
        String tomorrow = LocalDate.now(PARIS).plusDays(1).toString();

        // Only the staff return a dossier, always with what to fix and a due date after today; nothing is stored.
        assertProblem(applicant.postJson(dossier + "/return-for-completion",
                "{\"fixes\":[\"mine\"],\"dueDate\":\"" + tomorrow + "\"}"), 403);
        JsonObject invalid = assertProblem(analyst.postJson(dossier + "/return-for-completion",
                "{\"fixes\":[\" \"],\"dueDate\":\"" + LocalDate.now(PARIS) + "\"}"), 422);
        assertThat(invalid.getString("type")).endsWith("dossier.completion.invalid");
        assertThat(fields(invalid)).containsExactly("dueDate", "fixes");
        assertThat(assertProblem(analyst.postJson(dossier + "/transitions", "{\"to\":\"RETURNED_FOR_COMPLETION\","
                + "\"reason\":\"x\"}"), 422).getString("type")).endsWith("dossier.completion.required");
        assertThat(ok(analyst.get(dossier + "/completion-requests")).getJsonArray("items")).isEmpty();
        assertThat(status(ok(analyst.get(dossier)))).isEqualTo("SUBMITTED");

        // Returned from screening, with two things to fix.
        ok(analyst.postJson(dossier + "/screening/start", ""));
        String fix = "Detail the works line " + UUID.randomUUID();
        String due = LocalDate.now(PARIS).plusDays(10).toString();
        HttpResponse<String> returned = analyst.postJson(dossier + "/return-for-completion",
                "{\"fixes\":[" + Api.quote(fix) + ",\"\",\"Upload the signed statutes\"],\"dueDate\":\"" + due + "\"}");
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(201);
        JsonObject request = Api.json(returned);
        assertThat(request.getString("status")).isEqualTo("OPEN");
        assertThat(request.getString("fromStatus")).isEqualTo("ELIGIBILITY_REVIEW");
        assertThat(request.getJsonArray("items")).hasSize(2);
        assertThat(request.getBoolean("overdue")).isFalse();
        assertThat(status(ok(applicant.get(dossier)))).isEqualTo("RETURNED_FOR_COMPLETION");
        assertThat(ok(applicant.get(dossier + "/completion-requests")).getJsonArray("items").getJsonObject(0)
                .getJsonArray("items").getString(0)).isEqualTo(fix);
        assertProblem(applicant2.get(dossier + "/completion-requests"), 404);
        assertThat(outbox(APPLICANT1)).anyMatch(m -> m.getString("subject").contains(reference)
                && m.getString("body").contains(fix) && m.getString("body").contains("/app/dossier.xhtml?id=" + id));

        // The applicant corrects it like a draft; submitting it anew is refused, resubmitting keeps the reference.
        long version = ok(applicant.get(dossier)).getJsonNumber("version").longValue();
        String corrected = DossierFixtures.balancedDraft(DossierFixtures.demoCallId(applicant), "Corrected " + fix)
                .replaceFirst("\\{", "{\"version\": " + version + ", ");
        assertThat(ok(put(applicant, dossier, corrected)).getString("title")).isEqualTo("Corrected " + fix);
        assertThat(assertProblem(applicant.postJson(dossier + "/submit", ""), 422).getString("type"))
                .endsWith("dossier.resubmission.required");
        JsonObject resubmitted = ok(applicant.postJson(dossier + "/resubmit", ""));
        assertThat(status(resubmitted)).isEqualTo("SUBMITTED");
        assertThat(resubmitted.getString("reference")).isEqualTo(reference);
        assertThat(resubmitted.getString("title")).isEqualTo("Corrected " + fix);
        assertProblem(applicant.postJson(dossier + "/resubmit", ""), 422);
        long resubmittedVersion = resubmitted.getJsonNumber("version").longValue();
        assertThat(assertProblem(put(applicant, dossier, corrected.replaceFirst("\"version\": \\d+",
                "\"version\": " + resubmittedVersion)), 422).getString("type")).endsWith("dossier.readonly");
        JsonObject closed = ok(analyst.get(dossier + "/completion-requests")).getJsonArray("items").getJsonObject(0);
        assertThat(closed.getString("status")).isEqualTo("RESUBMITTED");
        assertThat(closed.isNull("resubmittedAt")).isFalse();
        assertThat(subjects(APPLICANT1)).anyMatch(s -> s.contains(reference) && s.contains("à nouveau"));
        assertThat(bodies(Api.ANALYST)).anyMatch(b -> b.contains(fix) && b.contains("/app/staff/dossier.xhtml?id=" + id));

        // History and audit keep every move.
        List<JsonObject> history = ok(auditor.get(dossier + "/history")).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).toList();
        assertThat(history.stream().map(h -> h.getString("to")).toList()).containsExactly("DRAFT", "SUBMITTED",
                "ELIGIBILITY_REVIEW", "RETURNED_FOR_COMPLETION", "SUBMITTED");
        assertThat(history.get(3).getString("reason")).contains("- " + fix).contains("- Upload the signed statutes");
        assertThat(actions("Dossier", id)).contains("dossier.returned-for-completion", "dossier.resubmitted");

        // Returned again: one reminder as the due date comes near, however many runs.
        HttpResponse<String> again = director1.postJson(dossier + "/return-for-completion",
                "{\"fixes\":[\"Sign the application\"],\"dueDate\":\"" + tomorrow + "\"}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        long requestId = Api.json(again).getJsonNumber("id").longValue();
        assertThat(ok(admin.postJson("api/v1/admin/reminders/run", "")).getInt("completions")).isZero();
        try (Connection db = Database.connect();
             PreparedStatement st = db.prepareStatement("UPDATE completion_request SET requested_at ="
                     + " DATE_SUB(requested_at, INTERVAL 2 DAY) WHERE id = ?")) {
            st.setLong(1, requestId);
            assertThat(st.executeUpdate()).isEqualTo(1);
        }
        assertThat(ok(admin.postJson("api/v1/admin/reminders/run", "")).getInt("completions")).isEqualTo(1);
        assertThat(ok(admin.postJson("api/v1/admin/reminders/run", "")).getInt("completions")).isZero();
        assertThat(subjects(APPLICANT1).stream().filter(s -> s.startsWith("Rappel – dossier " + reference)))
                .hasSize(1);
        assertThat(actions("Dossier", id)).contains("dossier.completion.reminded");

        // Withdrawn while returned: the request closes.
        ok(applicant.postJson(dossier + "/transitions", "{\"to\":\"WITHDRAWN\",\"reason\":\"Project dropped\"}"));
        assertThat(ok(applicant.get(dossier + "/completion-requests")).getJsonArray("items").getJsonObject(1)
                .getString("status")).isEqualTo("CLOSED");
        assertThat(ok(auditor.get("api/v1/audit/verify")).getBoolean("valid")).isTrue();
    }

    // --- helpers ---

    /** A balanced draft of applicant1 with its business plan, submitted. */
    private JsonObject submittedDossier(String title) {
        long callId = DossierFixtures.demoCallId(applicant);
        long id = DossierFixtures.createDraft(applicant, callId, title).getJsonNumber("id").longValue();
        HttpResponse<String> uploaded = DossierFixtures.upload(applicant, id, "BUSINESS_PLAN", "plan.pdf",
                DossierFixtures.minimalPdf());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        return ok(applicant.postJson("api/v1/dossiers/" + id + "/submit", ""));
    }

    /**
     * A member reads a dossier of its session's agenda read-only (content, due-diligence summary and opinion,
     * documents) through the session; one who declared a conflict on it gets neither the dossier nor its papers
     * (its documents, its due-diligence report); a member of another session, 403; a dossier not on the agenda, 404.
     * The staff's routes stay closed to members.
     */
    private void membersReadTheirAgendaDossierButNotWhenRecused(long sessionId, long id, String reference,
                                                                 long documentId) {
        String onAgenda = "api/v1/committees/" + sessionId + "/dossiers/" + id;
        JsonObject read = ok(member2.get(onAgenda));
        assertThat(read.getJsonObject("dossier").getString("reference")).isEqualTo(reference);
        assertThat(read.getJsonObject("dossier").getJsonArray("budgetLines")).hasSize(2);
        JsonObject diligence = read.getJsonObject("diligence");
        assertThat(diligence.getString("recommendation")).isEqualTo("APPROVE");
        assertThat(diligence.getString("opinion")).isEqualTo("Sound project, thin equity");
        assertThat(diligence.getJsonObject("recommendedAmounts").getString("GRANT")).isEqualTo("40000.00");
        assertThat(diligence.getInt("riskOverall")).isEqualTo(2);
        assertThat(diligence.getString("review")).isEqualTo("APPROVED");
        assertThat(read.getJsonArray("documents").stream().map(d -> d.asJsonObject().getString("fileName")))
                .contains("loan-offer.pdf");
        HttpResponse<byte[]> paper = DossierFixtures.download(member2, onAgenda + "/documents/" + documentId);
        assertThat(paper.statusCode()).isEqualTo(200);
        assertThat(new String(paper.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(DossierFixtures.download(member2, "api/v1/reports/due-diligence?dossier=" + id).statusCode())
                .isEqualTo(200);
        // The staff's routes stay closed to members.
        assertProblem(member2.get("api/v1/dossiers/" + id), 403);
        assertProblem(member2.get("api/v1/dossiers/" + id + "/documents/" + documentId), 403);

        // Recused (member1 declared a conflict on it): neither the dossier nor its papers.
        assertThat(assertProblem(member1.get(onAgenda), 403).getString("type")).endsWith("committee.dossier.recused");
        assertThat(assertProblem(member1.get(onAgenda + "/documents/" + documentId), 403).getString("type"))
                .endsWith("committee.dossier.recused");
        assertThat(assertProblem(member1.get("api/v1/reports/due-diligence?dossier=" + id), 403).getString("type"))
                .endsWith("report.recused");

        // A member of another session (member2 does not sit on it): 403, as for the session itself; a dossier
        // not on that session's agenda: 404; an applicant: 403.
        HttpResponse<String> other = director1.postJson("api/v1/committees", "{\"title\":\"Réunion parallèle "
                + reference + "\",\"heldOn\":\"" + LocalDate.now(PARIS).plusDays(30) + "\",\"members\":[\""
                + MEMBER1 + "\"]}");
        assertThat(other.statusCode()).as(other.body()).isEqualTo(201);
        String elsewhere = "api/v1/committees/" + Api.json(other).getJsonNumber("id").longValue() + "/dossiers/" + id;
        assertThat(assertProblem(member2.get(elsewhere), 403).getString("type")).endsWith("committee.not-a-member");
        assertProblem(member2.get(elsewhere + "/documents/" + documentId), 403);
        assertProblem(member1.get(elsewhere), 404);
        assertProblem(member2.get("api/v1/committees/" + sessionId + "/dossiers/" + (id + 1_000_000)), 404);
        assertProblem(applicant.get(onAgenda), 403);
    }

    private static String recommendation(String grant) {
        return "{\"outcome\":\"APPROVE\",\"amounts\":{\"GRANT\":\"" + grant + "\"},\"conditions\":[\"Bank loan"
                + " signed\"],\"rationale\":\"Sound project, thin equity\"}";
    }

    private static String review(long version) {
        return "{\"outcome\":\"APPROVED\",\"comment\":\"Agreed\",\"version\":" + version + "}";
    }

    private static String vote(long dossierId, String choice) {
        return "{\"dossierId\":" + dossierId + ",\"choice\":\"" + choice + "\"}";
    }

    private static String decision(long dossierId, String grant) {
        return "{\"dossierId\":" + dossierId + ",\"outcome\":\"APPROVED\",\"approved\":{\"GRANT\":\"" + grant
                + "\"},\"conditions\":[\"Bank loan signed\"],\"reasons\":\"Approved as recommended\"}";
    }

    private static List<JsonObject> items(JsonObject file) {
        return file.getJsonArray("checklist").stream()
                .flatMap(c -> c.asJsonObject().getJsonArray("items").stream())
                .map(JsonValue::asJsonObject).toList();
    }

    private static List<String> categories(JsonObject file) {
        return file.getJsonArray("checklist").stream().map(c -> c.asJsonObject().getString("category")).toList();
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static String status(JsonObject dossier) {
        return dossier.getString("status");
    }

    private static Set<String> fields(JsonObject problem) {
        return problem.getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("field"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private List<String> actions(String entity, long entityId) {
        return ok(auditor.get("api/v1/audit?entity=" + entity + "&entityId=" + entityId + "&size=500"))
                .getJsonArray("items").stream().map(e -> e.asJsonObject().getString("action")).toList();
    }

    private List<JsonObject> outbox(String recipient) {
        return ok(admin.get("api/v1/admin/outbox?size=500&recipient=" + recipient)).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).toList();
    }

    private List<String> subjects(String recipient) {
        return outbox(recipient).stream().map(m -> m.getString("subject")).toList();
    }

    private List<String> bodies(String recipient) {
        return outbox(recipient).stream().map(m -> m.getString("body")).toList();
    }

    private static HttpResponse<String> put(Api api, String path, String json) {
        return DossierFixtures.put(api, path, json);
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.uri() + ": "
                + response.body()).isEqualTo(200);
        return Api.json(response);
    }

    private static JsonObject assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.uri() + ": "
                + response.body()).isEqualTo(status);
        assertThat(Api.mediaType(response)).isEqualTo("application/problem+json");
        return Api.json(response);
    }
}
