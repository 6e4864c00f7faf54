package org.levier.programme.control;

import java.util.Collection;
import java.util.Set;
import org.levier.shared.entity.Instrument;

/**
 * What dossiers use of a programme's structure: the dossier component owns them and answers these questions; the
 * programme component only asks them, before it removes an action or narrows a call (it depends on no other
 * component). In the caller's transaction, under the programme's or the call's row lock it holds.
 */
public interface DossierUses {

    /** Of these action ids, those some dossier applies under. */
    Set<Long> actionsUsed(Collection<Long> actionIds);

    /** The action ids the call's submitted (not draft) dossiers apply under. */
    Set<Long> actionsOfSubmitted(long callId);

    /** The instruments that the call's submitted (not draft) dossiers request an amount under. */
    Set<Instrument> instrumentsOfSubmitted(long callId);
}
