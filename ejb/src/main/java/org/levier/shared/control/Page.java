package org.levier.shared.control;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list computed in the database: {@code {"items","page","size","total","totalCapped"}} in the API.
 * {@code totalCapped}: the count stopped at a bound (a search matching more dossiers than it counts, see
 * {@code DossierSearch}); {@code total} is then that bound, and there are more.
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalCapped) {

    public static final int MAX_SIZE = 500;

    /** A page whose total is exact. */
    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, false);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total, totalCapped);
    }

    /** Validates paging parameters: page from 0, size 1..{@value #MAX_SIZE}. */
    public static void check(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new RuleViolation("paging.invalid", "page must be >= 0 and size between 1 and " + MAX_SIZE,
                    List.of(new RuleViolation.Violation(page < 0 ? "page" : "size", "out of range")));
        }
    }
}
