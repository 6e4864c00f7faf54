package org.levier.web.faces;

import jakarta.faces.component.html.HtmlInputText;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.Map;

/**
 * Marks every amount input (a text input converted by {@link AmountConverter}) for the page script, before it is
 * rendered: {@code data-amount} (levier.js regroups the digits when the field is left, in the page's language) and
 * {@code inputmode="decimal"} (a phone shows its number keyboard). No page has to remember either.
 * Registered in faces-config.xml for {@code PreRenderComponentEvent}.
 */
public class AmountInputs implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof HtmlInputText input && input.getConverter() instanceof AmountConverter;
    }

    @Override
    public void processEvent(SystemEvent event) {
        Map<String, Object> attributes = ((HtmlInputText) event.getSource()).getPassThroughAttributes(true);
        attributes.putIfAbsent("data-amount", "2");
        attributes.putIfAbsent("inputmode", "decimal");
    }
}
