package org.levier.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.levier.programme.boundary.Programmes;
import org.levier.programme.entity.Programme;
import org.levier.shared.entity.Money;

/** The programmes as administrators and directors manage them: figures, dates, what is committed. */
@Named
@RequestScoped
public class AdminProgrammesPage {

    @Inject
    Programmes programmes;

    private List<Programme> all;

    public List<Programme> getProgrammes() {
        if (all == null) {
            all = programmes.list();
        }
        return all;
    }

    public Money committed(String code) {
        return programmes.committed(code).total();
    }
}
