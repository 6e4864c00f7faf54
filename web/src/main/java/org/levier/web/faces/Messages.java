package org.levier.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.levier.budget.control.BudgetExceeded;
import org.levier.shared.control.Forbidden;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.StaleVersion;

/**
 * The one place where the domain's refusals become Faces messages, so that every page shows them alike.
 *
 * <p>{@link #show(RuleViolation)}: a headline from the bundle ({@code rule.<key>}, else {@code rule.default} with
 * the domain's message), then one message per violation, attached to the input the violation names when the page
 * has one. The convention that makes this work without a mapping per page: a violated field {@code title},
 * {@code budgetLines[2].amount} or {@code requested.GRANT} is shown on the component whose client id ends with
 * {@code title}, {@code budgetLines:2:amount} (the row of a table with id {@code budgetLines}) or
 * {@code requested_GRANT}; failing that, on a component named by the last segment ({@code organisation.siret}
 * → {@code siret}); otherwise the message is global. Field labels come from {@code field.<field without indices>}
 * and short domain texts ("required", "must be positive"...) from {@code violation.<text as a key>}; a text the
 * bundle does not know is shown as the domain wrote it.
 */
public final class Messages {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private Messages() {
    }

    /** Every violation of a refused command, each on its field when the page shows it. */
    public static void show(RuleViolation refusal) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = bundle(context);
        if (refusal instanceof BudgetExceeded budget) {
            showBudget(budget, context, bundle);
            return;
        }
        String headline = text(bundle, "rule." + refusal.key())
                .map(pattern -> format(pattern, context, refusal.violations().size()))
                .orElseGet(() -> format(text(bundle, "rule.default").orElse("{0}"), context,
                        refusal.getMessage()));
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, headline, null));
        for (Violation violation : refusal.violations()) {
            String summary = format(text(bundle, "field.message").orElse("{0}: {1}"), context,
                    label(bundle, context, violation.field()), describe(bundle, violation.message()));
            String target = findComponent(context, violation.field());
            context.addMessage(target, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
            markInvalid(context, target);
        }
        context.validationFailed();
    }

    /**
     * The input a violation is shown on is marked invalid, so that it renders {@code aria-invalid="true"} and its
     * error style (an input's next decode makes it valid again).
     */
    private static void markInvalid(FacesContext context, String clientId) {
        if (clientId == null || context.getViewRoot() == null) {
            return;
        }
        context.getViewRoot().invokeOnComponent(context, clientId, (ctx, component) -> {
            if (component instanceof jakarta.faces.component.EditableValueHolder input) {
                input.setValid(false);
            }
        });
    }

    /**
     * A budget refusal: the headline, then the figures of each exceeded limit (left, allotment or envelope,
     * committed, reserved, requested) in the view's language.
     */
    private static void showBudget(BudgetExceeded refusal, FacesContext context, ResourceBundle bundle) {
        String headline = text(bundle, "rule." + refusal.key()).orElseGet(() -> refusal.getMessage());
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, headline, null));
        Locale locale = context.getViewRoot() == null ? Locale.FRENCH : context.getViewRoot().getLocale();
        for (BudgetExceeded.Shortfall s : refusal.shortfalls()) {
            String text = format(text(bundle, "budget.shortfall." + s.scope()).orElse("{0}: {1} / {2} / {3} / {4} / {5}"),
                    context, s.label(), FormatView.money(s.left(), locale), FormatView.money(s.limit(), locale),
                    FormatView.money(s.committed(), locale), FormatView.money(s.reserved(), locale),
                    FormatView.money(s.requested(), locale));
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
        context.validationFailed();
    }

    /** A message of the bundle, formatted with its parameters. */
    public static void info(String key, Object... parameters) {
        add(FacesMessage.SEVERITY_INFO, key, parameters);
    }

    public static void error(String key, Object... parameters) {
        add(FacesMessage.SEVERITY_ERROR, key, parameters);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Keeps the messages added so far across a redirect. */
    public static void keepAcrossRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** The bundle text of {@code key} in the view's language, formatted. */
    public static String text(String key, Object... parameters) {
        FacesContext context = FacesContext.getCurrentInstance();
        return format(text(bundle(context), key).orElse(key), context, parameters);
    }

    // --- back office: the other refusals of the domain, and commands that may be refused ---

    /** A refusal of segregation of duties (403): {@code rule.<key>}, else {@code rule.default} with the message. */
    public static void show(Forbidden refusal) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = bundle(context);
        String headline = text(bundle, "rule." + refusal.key()).map(pattern -> format(pattern, context))
                .orElseGet(() -> format(text(bundle, "rule.default").orElse("{0}"), context,
                        refusal.getMessage()));
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, headline, null));
        context.validationFailed();
    }

    /** A violation as one line in the view's language: {@code field label: message}. */
    public static String describe(Violation violation) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = bundle(context);
        return format(text(bundle, "field.message").orElse("{0}: {1}"), context,
                label(bundle, context, violation.field()), describe(bundle, violation.message()));
    }

    /**
     * Runs a command of the domain and shows its refusal, if any ({@link RuleViolation}, {@link Forbidden}, a
     * stale version, a record gone); true when it went through, then with {@code successKey}'s message if given.
     */
    public static boolean attempt(Runnable command, String successKey, Object... parameters) {
        try {
            command.run();
        } catch (RuleViolation refused) {
            show(refused);
            return false;
        } catch (Forbidden refused) {
            show(refused);
            return false;
        } catch (StaleVersion stale) {
            error("rule.stale");
            return false;
        } catch (NotFound gone) {
            error("rule.notFound");
            return false;
        }
        if (successKey != null) {
            info(successKey, parameters);
        }
        return true;
    }

    private static void add(FacesMessage.Severity severity, String key, Object... parameters) {
        FacesContext context = FacesContext.getCurrentInstance();
        String summary = format(text(bundle(context), key).orElse(key), context, parameters);
        context.addMessage(null, new FacesMessage(severity, summary, null));
    }

    // --- the convention, pure so that it can be tested without a container ---

    /** The client-id suffixes under which a violated field may be shown, most specific first. */
    static List<String> componentIds(String field) {
        List<String> ids = new ArrayList<>();
        if (field == null || field.isBlank()) {
            return ids;
        }
        String id = INDEX.matcher(field).replaceAll(":$1:").replace(":.", ":").replace('.', '_');
        if (id.endsWith(":")) {
            id = id.substring(0, id.length() - 1);
        }
        ids.add(id);
        int dot = field.lastIndexOf('.');
        if (dot >= 0 && dot < field.length() - 1 && !field.contains("[")) {
            ids.add(field.substring(dot + 1));
        }
        return ids;
    }

    /** {@code budgetLines[2].amount} → {@code field.budgetLines.amount}. */
    static String labelKey(String field) {
        return "field." + INDEX.matcher(field == null ? "" : field).replaceAll("");
    }

    /** The row number (from 1) a violation is about, if any: {@code budgetLines[2].amount} → 3. */
    static Integer rowNumber(String field) {
        Matcher matcher = INDEX.matcher(field == null ? "" : field);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) + 1 : null;
    }

    /** {@code "must be positive"} → {@code violation.must-be-positive}. */
    static String describeKey(String message) {
        return "violation." + (message == null ? "" : message.strip().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", ""));
    }

    private static String label(ResourceBundle bundle, FacesContext context, String field) {
        String name = text(bundle, labelKey(field)).orElse(field);
        Integer row = rowNumber(field);
        return row == null ? name : format(text(bundle, "field.row").orElse("{0} ({1})"), context, name, row);
    }

    private static String describe(ResourceBundle bundle, String message) {
        return text(bundle, describeKey(message)).or(() -> checklistItem(bundle, message)).orElse(message);
    }

    /** A checklist item's shortcoming, {@code CATEGORY · label: shortcoming}, as the domain names it. */
    private static final Pattern CHECKLIST_ITEM = Pattern.compile("([A-Z_]+) · (.+): ([^:]+)");

    /**
     * A checklist item's shortcoming in the view's language: the category from {@code checklistCategory.<c>}, the
     * item's label from the {@code checklist.<code>} key whose French or English text it is, the shortcoming from
     * {@code violation.<text>}.
     */
    private static java.util.Optional<String> checklistItem(ResourceBundle bundle, String message) {
        Matcher m = CHECKLIST_ITEM.matcher(message == null ? "" : message);
        if (!m.matches() || text(bundle, "checklistCategory." + m.group(1)).isEmpty()) {
            return java.util.Optional.empty();
        }
        String label = m.group(2);
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            ResourceBundle other = ResourceBundle.getBundle("org.levier.web.i18n.messages", locale);
            for (String key : other.keySet()) {
                if (key.startsWith("checklist.") && label.equals(other.getString(key))) {
                    label = text(bundle, key).orElse(label);
                    break;
                }
            }
        }
        return java.util.Optional.of(text(bundle, "checklistCategory." + m.group(1)).orElseThrow() + " · " + label
                + (bundle.getLocale().getLanguage().equals("en") ? ": " : " : ")
                + text(bundle, describeKey(m.group(3))).orElse(m.group(3)));
    }

    /**
     * The client id of the rendered input a violated field names: first an exact match below the form
     * ({@code dossier:title}, not {@code dossier:milestones:0:title}), then any client id ending with it.
     */
    private static String findComponent(FacesContext context, String field) {
        UIViewRoot root = context.getViewRoot();
        if (root == null) {
            return null;
        }
        List<String> clientIds = new ArrayList<>();
        root.visitTree(VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_UNRENDERED)),
                (visit, component) -> {
                    clientIds.add(component.getClientId(visit.getFacesContext()));
                    return VisitResult.ACCEPT;
                });
        return match(clientIds, field);
    }

    static String match(List<String> clientIds, String field) {
        for (String id : componentIds(field)) {
            for (String clientId : clientIds) {
                int separator = clientId.indexOf(':');
                if (clientId.equals(id) || separator >= 0 && clientId.substring(separator + 1).equals(id)) {
                    return clientId;
                }
            }
        }
        for (String id : componentIds(field)) {
            for (String clientId : clientIds) {
                if (clientId.endsWith(":" + id)) {
                    return clientId;
                }
            }
        }
        return null;
    }

    private static ResourceBundle bundle(FacesContext context) {
        return context.getApplication().getResourceBundle(context, "msg");
    }

    private static java.util.Optional<String> text(ResourceBundle bundle, String key) {
        try {
            return bundle != null && bundle.containsKey(key) ? java.util.Optional.of(bundle.getString(key))
                    : java.util.Optional.empty();
        } catch (MissingResourceException e) {
            return java.util.Optional.empty();
        }
    }

    private static String format(String pattern, FacesContext context, Object... parameters) {
        Locale locale = context.getViewRoot() == null ? Locale.FRENCH : context.getViewRoot().getLocale();
        return new MessageFormat(pattern, locale).format(parameters);
    }
}
