package org.levier.programme.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.SizeClass;

/**
 * A call for projects of a programme: an opening window (instants; shown in Europe/Paris), the actions it funds,
 * the instruments it allows, bounds on the requested amount, a state-aid regime and a maximum aid intensity per
 * organisation size class.
 */
@Entity
@Table(name = "call_for_projects")
public class CallForProjects {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false)
    private String title;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "min_amount", nullable = false)
    private Money minAmount;

    @Column(name = "max_amount", nullable = false)
    private Money maxAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "aid_regime", nullable = false)
    private AidRegime aidRegime;

    @Column(nullable = false)
    private boolean demo;

    @ManyToMany
    @JoinTable(name = "call_action", joinColumns = @JoinColumn(name = "call_id"),
            inverseJoinColumns = @JoinColumn(name = "action_id"))
    private Set<ProgrammeAction> eligibleActions = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "call_instrument", joinColumns = @JoinColumn(name = "call_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "instrument")
    private Set<Instrument> instruments = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "call_max_intensity", joinColumns = @JoinColumn(name = "call_id"))
    @MapKeyColumn(name = "size_class")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "max_intensity")
    private Map<SizeClass, BigDecimal> maxIntensity = new HashMap<>();

    @Version
    private long version;

    protected CallForProjects() {
    }

    public CallForProjects(Programme programme, String code, String title, Instant opensAt, Instant closesAt,
                           Money minAmount, Money maxAmount, AidRegime aidRegime, boolean demo) {
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("a call closes after it opens");
        }
        if (!minAmount.isPositive() || minAmount.isGreaterThan(maxAmount)) {
            throw new IllegalArgumentException("0 < minimum <= maximum requested amount");
        }
        this.programme = programme;
        this.code = code;
        this.title = title;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.minAmount = minAmount;
        this.maxAmount = maxAmount;
        this.aidRegime = aidRegime;
        this.demo = demo;
    }

    public void makeEligible(ProgrammeAction action) {
        if (!action.getProgramme().getCode().equals(programme.getCode())) {
            throw new IllegalArgumentException("action " + action.getNumber() + " is not in " + programme.getCode());
        }
        eligibleActions.add(action);
    }

    public void allow(Set<Instrument> allowed) {
        instruments = new HashSet<>(allowed);
    }

    /** Maximum aid intensity (fund aid / eligible cost, between 0 and 1) for a size class. */
    public void capIntensity(SizeClass sizeClass, BigDecimal max) {
        if (max.signum() < 0 || max.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("an aid intensity lies between 0 and 1");
        }
        maxIntensity.put(sizeClass, max);
    }

    public boolean isOpenAt(Instant instant) {
        return !instant.isBefore(opensAt) && instant.isBefore(closesAt);
    }

    public Optional<BigDecimal> maxIntensityFor(SizeClass sizeClass) {
        return Optional.ofNullable(maxIntensity.get(sizeClass));
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public Money getMinAmount() {
        return minAmount;
    }

    public Money getMaxAmount() {
        return maxAmount;
    }

    public AidRegime getAidRegime() {
        return aidRegime;
    }

    public boolean isDemo() {
        return demo;
    }

    public Set<ProgrammeAction> getEligibleActions() {
        return Collections.unmodifiableSet(eligibleActions);
    }

    public Set<Instrument> getInstruments() {
        return instruments.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(instruments));
    }

    public Map<SizeClass, BigDecimal> getMaxIntensity() {
        return maxIntensity.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(maxIntensity));
    }

    public long getVersion() {
        return version;
    }
}
