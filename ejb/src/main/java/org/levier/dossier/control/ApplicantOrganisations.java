package org.levier.dossier.control;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The organisations as the dossier list needs them (their legal names, and the search by their names' and
 * registration numbers' words): the applicant component owns the organisations and their search words and answers
 * these questions; the dossier component only asks them (the applicant component depends on the dossier, never the
 * other way round). In the caller's transaction, none for the lists: nothing begun, nothing locked.
 *
 * <p>Two kinds of answer, chosen by what keeps the search's cost ({@link DossierSearch}; bench: a staff page within
 * 50 ms, a search within 100 ms at 100,000 dossiers):
 * <ul>
 *   <li>ids, where the search is two steps anyway: a rare word's organisations ({@link #withWord}: at most
 *       {@value DossierSearch#CAP} + 1 ids, then their dossiers by the dossiers' own index);</li>
 *   <li>JPQL text, which the list composes into its own statement, where the search is one statement joining the
 *       dossiers and the organisations' words: a common word checked row by row ({@link #hasWord}: an
 *       {@code EXISTS} on the word table's primary key, in the list's order) and a common word's first matches for
 *       the capped count ({@link #words}: a join read from the word index). Made into two steps (the organisations
 *       having the word, then their dossiers), a common word would send back thousands of organisation ids, each
 *       page a second round trip and an {@code IN} list of them instead of a check by primary key; composed, the
 *       statement, its single round trip and its plans are those the list had when it named the tables itself — only
 *       the text naming {@code OrganisationWord} is the applicant's.</li>
 * </ul>
 * The JPQL answered is a condition or a range over the entity {@code OrganisationWord}, whose identification
 * variables begin with {@code ow}: the caller's statement uses none of those.
 */
public interface ApplicantOrganisations {

    /** The legal name of each given organisation (those of a page of the list), in one query, by id. */
    Map<Long, String> legalNames(Collection<Long> organisationIds);

    /**
     * The organisations one of whose search words is {@code LIKE pattern} (a searched word and {@code %}), read
     * from the word index: at most {@code limit}, so that the caller knows a word with more for a common one.
     */
    List<Long> withWord(String pattern, int limit);

    /**
     * A JPQL condition: the organisation whose id is {@code organisationId} (a path of the caller's statement, such
     * as {@code d.organisationId}) has a search word {@code LIKE} the parameter named {@code parameter} (bound by
     * the caller), checked by the word table's primary key (organisation, word).
     */
    String hasWord(String organisationId, String parameter);

    /**
     * For a statement joining the organisations' words: {@link Range#from} goes into the caller's {@code FROM} list
     * (first, where the list has always written it: the same SQL), {@link Range#where} into its {@code WHERE}; they
     * keep the words of the organisation {@code organisationId} (a path of the caller's statement) that are
     * {@code LIKE} the parameter {@code parameter}.
     */
    Range words(String organisationId, String parameter);

    /** A JPQL range variable declaration and the condition joining it to the caller's statement. */
    record Range(String from, String where) {
    }
}
