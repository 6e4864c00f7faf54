package org.levier.web.faces;

import java.io.Serializable;
import java.util.Objects;
import org.levier.diligence.entity.ChecklistCategory;
import org.levier.diligence.entity.ChecklistItem;
import org.levier.diligence.entity.ItemStatus;

/**
 * A checklist item of a due-diligence file as the staff edit it on {@link DiligencePage}: what was saved and what is
 * typed, so that only the changed items are sent.
 */
public final class ChecklistItemRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private final long id;
    private final ChecklistCategory category;
    private final String code;
    private final String label;
    private final ItemStatus savedStatus;
    private final String savedJustification;
    private final String savedComment;
    private ItemStatus status;
    private String justification;
    private String comment;

    ChecklistItemRow(ChecklistItem item) {
        id = item.getId();
        category = item.getCategory();
        code = item.code().orElse(null);
        label = item.getLabel();
        savedStatus = item.getStatus();
        savedJustification = item.justification().orElse(null);
        savedComment = item.comment().orElse(null);
        status = savedStatus;
        justification = savedJustification;
        comment = savedComment;
    }

    boolean changed() {
        return status != savedStatus || !Objects.equals(blank(justification), savedJustification)
                || !Objects.equals(blank(comment), savedComment);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public long getId() {
        return id;
    }

    public ChecklistCategory getCategory() {
        return category;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public void setStatus(ItemStatus status) {
        this.status = status;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
