package org.levier.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.levier.programme.boundary.Calls;
import org.levier.programme.boundary.Programmes;
import org.levier.programme.entity.CallForProjects;

/** The calls for projects of every programme, as administrators and directors manage them: open, close, edit. */
@Named
@ViewScoped
public class AdminCallsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Programmes programmes;

    @Inject
    Calls calls;

    @Inject
    Clock clock;

    private transient List<CallForProjects> all;

    public List<CallForProjects> getCalls() {
        if (all == null) {
            all = programmes.calls(null, null);
        }
        return all;
    }

    /** OPEN, PLANNED or CLOSED now. */
    public String status(CallForProjects call) {
        var now = clock.instant();
        return call.isOpenAt(now) ? "OPEN" : call.isPlannedAt(now) ? "PLANNED" : "CLOSED";
    }

    public void open(long id) {
        if (Messages.attempt(() -> calls.open(id), "admin.calls.opened")) {
            all = null;
        }
    }

    public void close(long id) {
        if (Messages.attempt(() -> calls.close(id), "admin.calls.closed")) {
            all = null;
        }
    }
}
