package ua.hromada.reporting.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import ua.hromada.reporting.demo.LysychanskVocabulary.Commissions;
import ua.hromada.reporting.demo.LysychanskVocabulary.FirstName;
import ua.hromada.reporting.demo.LysychanskVocabulary.Party;

/**
 * Writes the demo registry of the Lysychansk council for 2020–2021 as the NDJSON that
 * {@code POST /api/registry/imports} accepts ({@value #COMMITTED_FILE}, loaded by {@code ./hromada up}).
 * <p>
 * The records are built so that counting them the way DOMAIN.md defines the registry metrics gives every figure
 * of the two seed reports (lysychansk-figures.csv): organisations, street committees and commissions as stocks
 * with registrations and liquidations before and during the two years, correspondence and the department's draft
 * acts as flows. Where the reports say nothing the values are plausible ones. Everything comes from one seeded
 * {@link Random} and fixed dates, never the clock, so the file is the same on every run; every line has its own
 * client id, so loading it again records nothing twice.
 * <p>
 * {@code java -cp reporting-service/app/target/test-classes ua.hromada.reporting.demo.LysychanskRegistryDemo
 * deploy/demo/lysychansk-registry.ndjson} rewrites the file (see deploy/demo/README.md).
 */
public final class LysychanskRegistryDemo {

    /** The generated file, relative to the repository's root. */
    static final String COMMITTED_FILE = "deploy/demo/lysychansk-registry.ndjson";

    private static final long SEED = 20_211_231L;
    private static final LocalDate LAST_DAY = LocalDate.of(2021, 12, 31);
    /**
     * The military-civil administration took over from the council, its mayor and executive committee: its report
     * covers August 2020 on. Acts, bodies and correspondents are named after whoever ran the city on the day.
     */
    private static final LocalDate ADMINISTRATION_TAKES_OVER = LocalDate.of(2020, 8, 3);
    /** From the start of the strict quarantine to its easing no general meeting of residents could be held. */
    private static final LocalDate QUARANTINE_FROM = LocalDate.of(2020, 3, 12);
    private static final LocalDate QUARANTINE_UNTIL = LocalDate.of(2020, 6, 30);
    private static final DateTimeFormatter UKRAINIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String CITY = "Лисичанська";
    private static final String COUNCIL = "Лисичанської міської ради";
    private static final String ADMINISTRATION = "Лисичанської міської військово-цивільної адміністрації";

    /** The three stretches the seed figures distinguish: 2020-Q1, the rest of 2020 (so 2020 too) and 2021. */
    private static final Window FIRST_QUARTER_2020 = new Window(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 3, 31));
    private static final Window REST_OF_2020 = new Window(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 12, 31));
    private static final Window YEAR_2021 = new Window(LocalDate.of(2021, 1, 1), LAST_DAY);
    private static final List<Window> WINDOWS = List.of(FIRST_QUARTER_2020, REST_OF_2020, YEAR_2021);

    private final Random random = new Random(SEED);
    private final Set<String> edrpouCodes = new HashSet<>();
    private final List<Organisation> organisations = new ArrayList<>();

    private LysychanskRegistryDemo() {
    }

    /** Writes the file named by the one argument, e.g. {@value #COMMITTED_FILE} from the repository's root. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: LysychanskRegistryDemo <output.ndjson>   (e.g. " + COMMITTED_FILE + ")");
            System.exit(2);
        }
        Path output = Path.of(args[0]);
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        String ndjson = ndjson();
        Files.writeString(output, ndjson, StandardCharsets.UTF_8);
        System.out.println("wrote " + ndjson.lines().count() + " lines to " + output);
    }

    /** The whole file: one JSON object per line, each line ending with a newline. */
    static String ndjson() {
        return new LysychanskRegistryDemo().generate();
    }

    private String generate() {
        List<String> lines = new ArrayList<>();
        lines.addAll(organisationLines());
        List<StreetCommittee> committees = streetCommittees();
        lines.addAll(streetCommitteeLines(committees));
        lines.addAll(commissionAndActLines());
        lines.addAll(correspondenceLines());
        // Elections name their committee by street, so they come after every committee they may name.
        lines.addAll(electionLines(committees));
        return String.join("\n", lines) + "\n";
    }

    // ───────────────────────────── organisations ─────────────────────────────

    /**
     * How one kind of organisation moves: how many existed at the end of 2019, how many had been liquidated
     * before, and, per window, how many were registered and liquidated.
     */
    private record OrganisationPlan(String kind, int firstYear, int aliveAtEndOf2019, int liquidatedBefore2020,
                                    int[] registered, int[] liquidated) {
    }

    /**
     * One possible organisation.
     *
     * @param earliestDay      the first day it could have been registered
     * @param staysThroughout  it exists throughout 2020–2021: it organised an event the annual report lists, writes
     *                         to the department, or is the city organisation of a party on the city's scene
     * @param inTheCity        for party cells: the city's own cell rather than one of a smaller town
     */
    private record Candidate(String name, String party, LocalDate earliestDay, int defunctYear,
                             boolean staysThroughout, boolean inTheCity) {

        boolean registrableBy(LocalDate day) {
            return !earliestDay.isAfter(day);
        }
    }

    private static final LocalDate END_OF_2019 = LocalDate.of(2019, 12, 31);

    private record Organisation(String kind, String name, String party, String code, LocalDate registeredOn,
                                LocalDate liquidatedOn) {

        boolean existsOn(LocalDate day) {
            return !registeredOn.isAfter(day) && (liquidatedOn == null || liquidatedOn.isAfter(day));
        }
    }

    private List<String> organisationLines() {
        // stocks on 31.12.2019 → 31.03.2020 → 31.12.2020 → 31.12.2021: party cells 99 → 97 → 96 → 95,
        // NGOs 155 → 158 → 157 → 160, religious 33 → 34 → 34 → 40 (the seeds), charities 9 → 9 → 10 → 12
        organisations.addAll(organisationsOf(new OrganisationPlan("party_cell", 1995, 99, 9,
                new int[] {1, 6, 2}, new int[] {3, 7, 3}), partyCellCandidates()));
        organisations.addAll(organisationsOf(new OrganisationPlan("ngo", 1996, 155, 12,
                new int[] {4, 7, 10}, new int[] {1, 8, 7}), candidatesOf(ngoNames())));
        organisations.addAll(organisationsOf(new OrganisationPlan("religious", 1992, 33, 2,
                new int[] {1, 1, 7}, new int[] {0, 1, 1}), candidatesOf(LysychanskVocabulary.RELIGIOUS)));
        organisations.addAll(organisationsOf(new OrganisationPlan("charity", 1999, 9, 1,
                new int[] {0, 2, 3}, new int[] {0, 1, 1}), candidatesOf(LysychanskVocabulary.CHARITIES)));
        organisations.sort(Comparator.comparing(Organisation::registeredOn).thenComparing(Organisation::name));

        List<String> lines = new ArrayList<>();
        for (int i = 0; i < organisations.size(); i++) {
            Organisation organisation = organisations.get(i);
            lines.add(new Line("organisation", "lys-org-%04d".formatted(i + 1))
                    .text("kind", organisation.kind())
                    .text("name", organisation.name())
                    .text("party", organisation.party())
                    .text("code", organisation.code())
                    .date("registeredOn", organisation.registeredOn())
                    .date("liquidatedOn", organisation.liquidatedOn())
                    .toString());
        }
        return lines;
    }

    private List<Organisation> organisationsOf(OrganisationPlan plan, List<Candidate> candidates) {
        List<Candidate> pool = new ArrayList<>(candidates);
        Collections.shuffle(pool, random);
        List<Organisation> result = new ArrayList<>();

        List<Candidate> historical = take(pool, plan.liquidatedBefore2020(), candidate -> candidate.defunctYear() > 0);
        historical.addAll(take(pool, plan.liquidatedBefore2020() - historical.size(),
                candidate -> !candidate.staysThroughout() && candidate.registrableBy(LocalDate.of(2016, 1, 1))));
        for (Candidate candidate : historical) {
            int lastYear = candidate.defunctYear() > 0 ? candidate.defunctYear() : 2019;
            LocalDate registeredOn = registrationBefore(plan, candidate, Math.min(lastYear - 1, 2017));
            LocalDate liquidatedOn = candidate.defunctYear() > 0
                    ? WorkingDays.randomBetween(random, LocalDate.of(lastYear, 1, 1), LocalDate.of(lastYear, 12, 28))
                    : WorkingDays.randomBetween(random, registeredOn.plusYears(1), LocalDate.of(2019, 12, 27));
            result.add(organisation(plan, candidate, registeredOn, liquidatedOn));
        }

        // New ones are picked before the old ones, so that a party founded in 2020 never gets an older cell:
        // first those that could not have existed before, then young parties and parishes, then the smaller towns.
        List<List<Candidate>> registeredIn = new ArrayList<>();
        for (int w = 0; w < WINDOWS.size(); w++) {
            LocalDate lastDay = WINDOWS.get(w).last().minusDays(14);
            int count = plan.registered()[w];
            List<Candidate> picked = take(pool, count,
                    candidate -> candidate.earliestDay().isAfter(END_OF_2019) && candidate.registrableBy(lastDay));
            picked.addAll(take(pool, count - picked.size(), candidate -> !candidate.staysThroughout()
                    && candidate.earliestDay().getYear() >= 2019 && candidate.registrableBy(lastDay)));
            picked.addAll(take(pool, count - picked.size(),
                    candidate -> !candidate.inTheCity() && candidate.registrableBy(lastDay)));
            picked.addAll(take(pool, count - picked.size(),
                    candidate -> !candidate.staysThroughout() && candidate.registrableBy(lastDay)));
            registeredIn.add(picked);
        }

        List<Candidate> old = take(pool, plan.aliveAtEndOf2019(),
                candidate -> candidate.staysThroughout() && candidate.registrableBy(END_OF_2019));
        old.addAll(take(pool, plan.aliveAtEndOf2019() - old.size(),
                candidate -> candidate.inTheCity() && candidate.registrableBy(END_OF_2019)));
        old.addAll(take(pool, plan.aliveAtEndOf2019() - old.size(), candidate -> candidate.registrableBy(END_OF_2019)));
        require(old.size() == plan.aliveAtEndOf2019(), "too few " + plan.kind() + " names for the end of 2019");

        List<Candidate> liquidatable = new ArrayList<>(old.stream().filter(c -> !c.staysThroughout()).toList());
        Collections.shuffle(liquidatable, random);
        Map<Candidate, LocalDate> liquidations = new LinkedHashMap<>();
        for (int w = 0; w < WINDOWS.size(); w++) {
            for (Candidate candidate : take(liquidatable, plan.liquidated()[w], candidate -> true)) {
                liquidations.put(candidate, WINDOWS.get(w).randomDayBeforeLast(random));
            }
        }
        for (Candidate candidate : old) {
            result.add(organisation(plan, candidate, registrationBefore(plan, candidate, 2019),
                    liquidations.get(candidate)));
        }
        for (int w = 0; w < WINDOWS.size(); w++) {
            require(registeredIn.get(w).size() == plan.registered()[w], "too few " + plan.kind() + " names");
            Window window = WINDOWS.get(w);
            for (Candidate candidate : registeredIn.get(w)) {
                LocalDate registeredOn = WorkingDays.randomBetween(random, max(window.first(), candidate.earliestDay()),
                        window.last());
                result.add(organisation(plan, candidate, registeredOn, null));
            }
        }
        return result;
    }

    private Organisation organisation(OrganisationPlan plan, Candidate candidate, LocalDate registeredOn,
                                      LocalDate liquidatedOn) {
        return new Organisation(plan.kind(), candidate.name(), candidate.party(), edrpouCode(registeredOn),
                registeredOn, liquidatedOn);
    }

    /** A working day in a year up to {@code lastYear}, the years weighted as that kind was registered. */
    private LocalDate registrationBefore(OrganisationPlan plan, Candidate candidate, int lastYear) {
        int firstYear = Math.max(plan.firstYear(), candidate.earliestDay().getYear());
        require(firstYear <= lastYear, candidate.name() + " cannot be registered by " + lastYear);
        List<Integer> years = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            for (int i = 0; i < registrationWeight(plan.kind(), year); i++) {
                years.add(year);
            }
        }
        int year = years.get(random.nextInt(years.size()));
        return WorkingDays.randomBetween(random, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 28));
    }

    /** Parties register cells before elections; NGOs multiplied after 2014; most parishes date from the 1990s. */
    private static int registrationWeight(String kind, int year) {
        return switch (kind) {
            case "party_cell" -> Set.of(1998, 2002, 2006, 2010, 2012, 2014, 2015, 2019).contains(year) ? 3 : 1;
            case "ngo" -> year < 2005 ? 1 : year < 2014 ? 2 : 4;
            case "religious" -> year < 2000 ? 3 : year < 2010 ? 2 : 1;
            default -> year < 2014 ? 1 : 3;
        };
    }

    /** EDRPOU codes of that time: 2… in the 1990s, 3… until 2012, 4… since. */
    private String edrpouCode(LocalDate registeredOn) {
        String prefix = registeredOn.getYear() < 2000 ? "2" : registeredOn.getYear() < 2013 ? "3" : "4";
        String code;
        do {
            code = prefix + "%07d".formatted(random.nextInt(10_000_000));
        } while (!edrpouCodes.add(code));
        return code;
    }

    private static List<Candidate> partyCellCandidates() {
        List<Candidate> candidates = new ArrayList<>();
        for (Party party : LysychanskVocabulary.PARTIES) {
            for (String town : LysychanskVocabulary.PARTY_CELL_TOWNS) {
                boolean inTheCity = town.equals(CITY);
                if (party.defunctYear() > 0 && !inTheCity) {
                    continue;
                }
                boolean staysThroughout = inTheCity
                        && LysychanskVocabulary.PARTIES_KEEPING_THEIR_CITY_CELLS.contains(party.name());
                candidates.add(new Candidate(town + " міська організація політичної партії «" + party.name() + "»",
                        party.name(), party.founded(), party.defunctYear(), staysThroughout, inTheCity));
            }
        }
        return candidates;
    }

    private static List<String> ngoNames() {
        List<String> names = new ArrayList<>(LysychanskVocabulary.NGOS);
        LysychanskVocabulary.SPORTS.forEach(sport -> names.add("ГО «Федерація " + sport + " міста Лисичанська»"));
        return names;
    }

    /** Reads "!" (exists throughout 2020–2021) and "@year" (registrable from then) off each entry. */
    private static List<Candidate> candidatesOf(List<String> entries) {
        List<Candidate> candidates = new ArrayList<>();
        for (String entry : entries) {
            boolean stays = entry.startsWith("!");
            String name = stays ? entry.substring(1) : entry;
            LocalDate earliestDay = LocalDate.of(1991, 8, 24);
            int at = name.lastIndexOf('@');
            if (at > 0) {
                earliestDay = LocalDate.of(Integer.parseInt(name.substring(at + 1)), 1, 1);
                name = name.substring(0, at);
            }
            candidates.add(new Candidate(name, null, earliestDay, 0, stays, true));
        }
        return candidates;
    }

    // ───────────────────────────── street committees ─────────────────────────────

    private static final class StreetCommittee {
        final String street;
        final LocalDate establishedOn;
        final LocalDate dissolvedOn;
        final List<LocalDate> elections = new ArrayList<>();

        StreetCommittee(String street, LocalDate establishedOn, LocalDate dissolvedOn) {
            this.street = street;
            this.establishedOn = establishedOn;
            this.dissolvedOn = dissolvedOn;
        }
    }

    /**
     * 178 committees at the end of 2019 (and 5 dissolved earlier); 2020: 6 new, 3 dissolved (181);
     * 2021: 14 new, 3 dissolved — 192 as of 01.01.2022. New committees elect their members within weeks;
     * older ones re-elect theirs: 11 elections in 2020, 27 in 2021.
     */
    private List<StreetCommittee> streetCommittees() {
        List<String> streets = streets(178 + 5 + 6 + 14);
        List<StreetCommittee> committees = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < 5; i++) {
            LocalDate establishedOn = WorkingDays.randomBetween(random, LocalDate.of(1999, 1, 1),
                    LocalDate.of(2014, 12, 31));
            committees.add(new StreetCommittee(streets.get(next++), establishedOn,
                    WorkingDays.randomBetween(random, establishedOn.plusYears(2), LocalDate.of(2019, 12, 27))));
        }
        List<StreetCommittee> longStanding = new ArrayList<>();
        for (int i = 0; i < 178; i++) {
            int year = 1999 + random.nextInt(21);
            if (year < 2008 && random.nextBoolean()) {
                year += 10;   // most of today's committees were set up in the last decade
            }
            longStanding.add(new StreetCommittee(streets.get(next++),
                    WorkingDays.randomBetween(random, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 28)), null));
        }
        List<StreetCommittee> dissolvable = new ArrayList<>(longStanding);
        Collections.shuffle(dissolvable, random);
        Set<StreetCommittee> dissolved = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            StreetCommittee committee = dissolvable.get(i);
            Window window = i < 3 ? REST_OF_2020 : YEAR_2021;
            LocalDate dissolvedOn = WorkingDays.randomBetween(random, window == REST_OF_2020
                    ? LocalDate.of(2020, 7, 1) : window.first(), window.last().minusDays(1));
            committees.add(new StreetCommittee(committee.street, committee.establishedOn, dissolvedOn));
            dissolved.add(committee);
        }
        longStanding.stream().filter(committee -> !dissolved.contains(committee)).forEach(committees::add);

        List<StreetCommittee> newOnes = new ArrayList<>();
        newOnes.add(new StreetCommittee(streets.get(next++), WorkingDays.randomBetween(random,
                LocalDate.of(2020, 1, 15), LocalDate.of(2020, 2, 14)), null));
        for (int i = 0; i < 5; i++) {
            newOnes.add(new StreetCommittee(streets.get(next++), WorkingDays.randomBetween(random,
                    LocalDate.of(2020, 7, 1), LocalDate.of(2020, 11, 13)), null));
        }
        for (int i = 0; i < 14; i++) {
            newOnes.add(new StreetCommittee(streets.get(next++), WorkingDays.randomBetween(random,
                    LocalDate.of(2021, 2, 1), LocalDate.of(2021, 11, 12)), null));
        }
        for (StreetCommittee committee : newOnes) {
            LocalDate firstWeekend = committee.establishedOn.plusDays(3)
                    .with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            committee.elections.add(firstWeekend.plusDays(random.nextInt(2) + 7L * random.nextInt(3)));
        }
        committees.addAll(newOnes);

        List<StreetCommittee> reElecting = new ArrayList<>(longStanding.stream()
                .filter(committee -> !dissolved.contains(committee) && committee.establishedOn.getYear() <= 2018)
                .toList());
        Collections.shuffle(reElecting, random);
        for (int i = 0; i < 5 + 13; i++) {
            LocalDate heldOn = i < 5
                    ? randomWeekendDay(LocalDate.of(2020, 7, 4), LocalDate.of(2020, 11, 29))
                    : randomWeekendDay(LocalDate.of(2021, 3, 6), LocalDate.of(2021, 11, 28));
            reElecting.get(i).elections.add(heldOn);
        }
        committees.sort(Comparator.comparing((StreetCommittee committee) -> committee.establishedOn)
                .thenComparing(committee -> committee.street));
        return committees;
    }

    /** {@code count} different streets, most in the city, some in Novodruzhesk and Pryvillia. */
    private List<String> streets(int count) {
        List<String> city = new ArrayList<>(LysychanskVocabulary.STREETS);
        Collections.shuffle(city, random);
        List<String> smallerTowns = new ArrayList<>();
        for (String town : LysychanskVocabulary.SMALLER_TOWNS) {
            LysychanskVocabulary.STREETS.forEach(street -> smallerTowns.add(town + ", " + street));
        }
        Collections.shuffle(smallerTowns, random);
        List<String> streets = new ArrayList<>(city.subList(0, Math.min(150, city.size())));
        streets.addAll(smallerTowns.subList(0, count - streets.size()));
        Collections.shuffle(streets, random);
        return streets;
    }

    private LocalDate randomWeekendDay(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                days.add(day);
            }
        }
        return days.get(random.nextInt(days.size()));
    }

    private List<String> streetCommitteeLines(List<StreetCommittee> committees) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < committees.size(); i++) {
            StreetCommittee committee = committees.get(i);
            lines.add(new Line("street-committee", "lys-sc-%03d".formatted(i + 1))
                    .text("street", committee.street)
                    .date("establishedOn", committee.establishedOn)
                    .date("dissolvedOn", committee.dissolvedOn)
                    .toString());
        }
        return lines;
    }

    private List<String> electionLines(List<StreetCommittee> committees) {
        record Election(StreetCommittee committee, LocalDate heldOn) {
        }
        List<Election> elections = new ArrayList<>();
        committees.forEach(committee -> committee.elections
                .forEach(day -> elections.add(new Election(committee, day))));
        elections.sort(Comparator.comparing(Election::heldOn).thenComparing(election -> election.committee().street));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < elections.size(); i++) {
            Election election = elections.get(i);
            require(election.heldOn().isBefore(QUARANTINE_FROM) || election.heldOn().isAfter(QUARANTINE_UNTIL),
                    "an election during the quarantine");
            lines.add(new Line("street-committee-election", "lys-sce-%03d".formatted(i + 1))
                    .text("street", election.committee().street)
                    .date("heldOn", election.heldOn())
                    .text("headName", person(random.nextInt(10) < 7))
                    .toString());
        }
        return lines;
    }

    // ───────────────────────────── commissions and the department's acts ─────────────────────────────

    private static final class Commission {
        final String kind;
        final String purpose;
        final String name;
        final LocalDate establishedOn;
        final LocalDate abolishedOn;
        String basis;

        Commission(String entry, LocalDate establishedOn, LocalDate abolishedOn) {
            String[] parts = entry.split("\\|");
            this.kind = parts[0];
            this.purpose = parts[1].isEmpty() ? null : parts[1];
            this.name = parts[2];
            this.establishedOn = establishedOn;
            this.abolishedOn = abolishedOn;
        }

        Commission(Commission predecessor, String name, LocalDate establishedOn) {
            this.kind = predecessor.kind;
            this.purpose = predecessor.purpose;
            this.name = name;
            this.establishedOn = establishedOn;
            this.abolishedOn = null;
        }
    }

    /** Who signs an act and how its numbers run: the mayor, the executive committee, the administration's head. */
    private enum Signer {
        MAYOR("head_directive", LocalDate.of(2020, 1, 2), 2.6),
        EXECUTIVE_COMMITTEE("executive_decision", LocalDate.of(2020, 1, 2), 1.1),
        ADMINISTRATION_HEAD("head_directive", ADMINISTRATION_TAKES_OVER, 3.6);

        final String kind;
        final LocalDate numberingStarts;
        /** Acts of this signer per working day, all departments together: numbers grow at that pace. */
        final double actsPerWorkingDay;

        Signer(String kind, LocalDate numberingStarts, double actsPerWorkingDay) {
            this.kind = kind;
            this.numberingStarts = numberingStarts;
            this.actsPerWorkingDay = actsPerWorkingDay;
        }
    }

    private static final class Act {
        final Signer signer;
        final String title;
        final LocalDate draftedOn;
        final LocalDate adoptedOn;
        String number;

        Act(Signer signer, String title, LocalDate draftedOn, LocalDate adoptedOn) {
            this.signer = signer;
            this.title = title;
            this.draftedOn = draftedOn;
            this.adoptedOn = adoptedOn;
        }
    }

    /**
     * The register of 54 commissions, working groups and councils at the end of 2021, and the department's drafts:
     * 98 head's directives in 2021, 26 in 2020 (2 in the first quarter) and 9 executive committee decisions in
     * 2020 (5 in the first quarter), by the day drafted. The directives setting up bodies are among those drafts,
     * and the bodies name them as their basis.
     */
    private List<String> commissionAndActLines() {
        List<Commission> commissions = new ArrayList<>();
        Map<Commission, Act> establishingActs = new LinkedHashMap<>();
        List<Act> acts = new ArrayList<>();

        for (String entry : Commissions.KEPT) {
            commissions.add(withCouncilBasis(new Commission(entry, councilEraDay(earliestYearOf(entry, 2005), 2019),
                    null)));
        }
        for (String entry : Commissions.ABOLISHED_IN_2021) {
            commissions.add(withCouncilBasis(new Commission(entry, councilEraDay(2008, 2019),
                    YEAR_2021.randomDayBeforeLast(random))));
        }
        for (String entry : Commissions.ENDED_WITH_THE_COUNCIL) {
            Commission standing = new Commission(entry, WorkingDays.randomBetween(random,
                    LocalDate.of(2015, 11, 20), LocalDate.of(2015, 12, 24)), ADMINISTRATION_TAKES_OVER);
            standing.basis = "рішення " + COUNCIL + " від " + ukrainian(standing.establishedOn) + " № "
                    + (1 + random.nextInt(2)) + "/" + (3 + random.nextInt(40));
            commissions.add(standing);
        }
        for (String entry : Commissions.BEFORE_2020) {
            String[] parts = entry.split("\\|");
            int from = Integer.parseInt(parts[3]);
            int to = Integer.parseInt(parts[4]);
            commissions.add(withCouncilBasis(new Commission(String.join("|", parts[0], parts[1], parts[2]),
                    councilEraDay(from, from), WorkingDays.randomBetween(random, LocalDate.of(to, 3, 1),
                    LocalDate.of(to, 12, 20)))));
        }
        for (String entry : Commissions.REPLACED) {
            LocalDate takenOver = WorkingDays.randomBetween(random, LocalDate.of(2020, 8, 17),
                    LocalDate.of(2020, 10, 30));
            Commission councils = withCouncilBasis(new Commission(entry, councilEraDay(earliestYearOf(entry, 2006),
                    2019), takenOver));
            commissions.add(councils);
            Commission administrations = new Commission(councils, administrationsName(councils.name), takenOver);
            commissions.add(administrations);
            establishingActs.put(administrations, establishingAct(Signer.ADMINISTRATION_HEAD, administrations));
        }
        for (String entry : Commissions.FIRST_QUARTER_2020) {
            String[] parts = entry.split("\\|");
            Commission commission = new Commission(String.join("|", parts[0], parts[1], parts[2]),
                    LocalDate.parse(parts[3]), null);
            commissions.add(commission);
            if (commission.kind.equals("working_group")) {
                // the department set up the Smart City group and held its first meeting (Q1 2020 report)
                establishingActs.put(commission, establishingAct(Signer.MAYOR, commission));
            } else {
                commission.basis = "розпорядження міського голови від " + ukrainian(commission.establishedOn)
                        + " № " + (140 + random.nextInt(30));
            }
        }
        for (String entry : Commissions.NEW_IN_2020) {
            Commission commission = new Commission(entry, WorkingDays.randomBetween(random,
                    LocalDate.of(2020, 9, 1), LocalDate.of(2020, 12, 15)), null);
            commissions.add(commission);
            establishingActs.put(commission, establishingAct(Signer.ADMINISTRATION_HEAD, commission));
        }
        for (String entry : Commissions.NEW_IN_2021) {
            String[] parts = entry.split("\\|");
            int month = Integer.parseInt(parts[3]);
            Commission commission = new Commission(String.join("|", parts[0], parts[1], parts[2]),
                    WorkingDays.randomBetween(random, LocalDate.of(2021, month, 1),
                            LocalDate.of(2021, month, 1).with(TemporalAdjusters.lastDayOfMonth())), null);
            commissions.add(commission);
            establishingActs.put(commission, establishingAct(Signer.ADMINISTRATION_HEAD, commission));
        }
        Commission chornobyl = new Commission(Commissions.CHORNOBYL_ANNIVERSARY_GROUP,
                WorkingDays.randomBetween(random, LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 19)),
                WorkingDays.randomBetween(random, LocalDate.of(2021, 5, 5), LocalDate.of(2021, 6, 30)));
        commissions.add(chornobyl);
        establishingActs.put(chornobyl, establishingAct(Signer.ADMINISTRATION_HEAD, chornobyl));

        acts.addAll(establishingActs.values());
        List<Commission> workingAtTheEnd = commissions.stream()
                .filter(commission -> commission.abolishedOn == null && commission.establishedOn.getYear() < 2021)
                .toList();
        acts.addAll(otherDrafts(Signer.MAYOR, FIRST_QUARTER_2020, 2, acts, workingAtTheEnd));
        acts.addAll(otherDrafts(Signer.EXECUTIVE_COMMITTEE, FIRST_QUARTER_2020, 5, acts, workingAtTheEnd));
        acts.addAll(otherDrafts(Signer.EXECUTIVE_COMMITTEE, REST_OF_2020, 4, acts, workingAtTheEnd));
        // the rest of 2020's 26 directives: 3 of the mayor's until July, the administration's from August
        acts.addAll(otherDrafts(Signer.MAYOR, REST_OF_2020, 3, acts, workingAtTheEnd));
        acts.addAll(otherDrafts(Signer.ADMINISTRATION_HEAD, REST_OF_2020, 26 - 2 - 3, acts, workingAtTheEnd));
        acts.addAll(otherDrafts(Signer.ADMINISTRATION_HEAD, YEAR_2021, 98, acts, workingAtTheEnd));
        number(acts);
        establishingActs.forEach((commission, act) -> commission.basis = basisOf(act));

        commissions.sort(Comparator.comparing((Commission commission) -> commission.establishedOn)
                .thenComparing(commission -> commission.name));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < commissions.size(); i++) {
            Commission commission = commissions.get(i);
            lines.add(new Line("commission", "lys-com-%03d".formatted(i + 1))
                    .text("name", commission.name)
                    .text("kind", commission.kind)
                    .date("establishedOn", commission.establishedOn)
                    .date("abolishedOn", commission.abolishedOn)
                    .text("basis", commission.basis)
                    .text("purpose", commission.purpose)
                    .toString());
        }
        acts.sort(Comparator.comparing((Act act) -> act.draftedOn).thenComparing(act -> act.adoptedOn)
                .thenComparing(act -> act.title));
        for (int i = 0; i < acts.size(); i++) {
            Act act = acts.get(i);
            LocalDate publishedOn = WorkingDays.plus(act.adoptedOn, 1 + random.nextInt(3));
            lines.add(new Line("act", "lys-act-%03d".formatted(i + 1))
                    .text("kind", act.signer.kind)
                    .text("number", act.number)
                    .text("title", act.title)
                    .date("draftedOn", act.draftedOn)
                    .date("adoptedOn", act.adoptedOn)
                    .date("publishedOn", publishedOn.isAfter(LAST_DAY) ? null : publishedOn)
                    .bool("preparedByDepartment", true)
                    .toString());
        }
        return lines;
    }

    /** The "|year" an entry of the commission register may end with, or the default. */
    private static int earliestYearOf(String entry, int otherwise) {
        String[] parts = entry.split("\\|");
        return parts.length > 3 ? Integer.parseInt(parts[3]) : otherwise;
    }

    private LocalDate councilEraDay(int fromYear, int toYear) {
        return WorkingDays.randomBetween(random, LocalDate.of(fromYear, 1, 10), LocalDate.of(toYear, 12, 20));
    }

    /** Bodies of the council were set up by the executive committee, groups and councils by the mayor. */
    private Commission withCouncilBasis(Commission commission) {
        commission.basis = commission.kind.equals("commission")
                ? "рішення виконавчого комітету " + COUNCIL + " від " + ukrainian(commission.establishedOn) + " № "
                        + (20 + random.nextInt(680))
                : "розпорядження міського голови від " + ukrainian(commission.establishedOn) + " № "
                        + (50 + random.nextInt(550));
        return commission;
    }

    private static String administrationsName(String councilsName) {
        String name = councilsName
                .replace("при виконавчому комітеті " + COUNCIL,
                        "при Лисичанській міській військово-цивільній адміністрації")
                .replace(COUNCIL, ADMINISTRATION);
        require(!name.equals(councilsName), councilsName + " names no body of the council");
        return name;
    }

    private Act establishingAct(Signer signer, Commission commission) {
        LocalDate draftedOn = WorkingDays.minus(commission.establishedOn, 2 + random.nextInt(4));
        return new Act(signer, "Про утворення " + genitive(commission.name), draftedOn, commission.establishedOn);
    }

    private static String basisOf(Act act) {
        String signer = act.signer == Signer.MAYOR ? "міського голови" : "керівника " + ADMINISTRATION;
        return "розпорядження " + signer + " від " + ukrainian(act.adoptedOn) + " № " + act.number;
    }

    /**
     * "Робоча група з питань …" → "робочої групи з питань …": the leading adjectives and the head noun of a
     * body's name in the genitive, as a directive's title needs it; the rest of the name stays as it is.
     */
    static String genitive(String name) {
        Map<String, String> nouns = Map.of("комісія", "комісії", "група", "групи", "рада", "ради",
                "штаб", "штабу", "комітет", "комітету");
        String[] words = name.split(" ");
        StringBuilder result = new StringBuilder();
        boolean headDone = false;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            if (!headDone) {
                if (nouns.containsKey(lower)) {
                    word = nouns.get(lower);
                    headDone = true;
                } else if (lower.endsWith("а")) {
                    word = lower.substring(0, lower.length() - 1) + "ої";
                } else if (lower.endsWith("ий")) {
                    word = lower.substring(0, lower.length() - 2) + "ого";
                } else {
                    throw new IllegalArgumentException("no head noun at the start of " + name);
                }
                if (i == 0) {
                    word = word.toLowerCase(java.util.Locale.ROOT);
                }
            }
            result.append(i == 0 ? "" : " ").append(word);
        }
        return result.toString();
    }

    /**
     * The department's other drafts of a signer within a window, beside those already in {@code acts}, up to
     * {@code target} by the day drafted: directives for holidays and memorial days, plans, regulations and changes
     * to the bodies' membership where the calendar has them, awards for the rest.
     */
    private List<Act> otherDrafts(Signer signer, Window window, int target, List<Act> acts,
                                  List<Commission> workingAtTheEnd) {
        LocalDate from = window.first();
        LocalDate to = window.last();
        if (signer == Signer.MAYOR || signer == Signer.EXECUTIVE_COMMITTEE) {
            to = min(to, ADMINISTRATION_TAKES_OVER.minusDays(14));
        } else {
            from = max(from, ADMINISTRATION_TAKES_OVER);
        }
        if (window == YEAR_2021) {
            to = LocalDate.of(2021, 12, 22);   // adopted within the year
        }
        final LocalDate first = from;
        final LocalDate last = to;
        long already = acts.stream().filter(act -> act.signer == signer
                && !act.draftedOn.isBefore(window.first()) && !act.draftedOn.isAfter(window.last())).count();
        int needed = (int) (target - already);
        require(needed >= 0, "more " + signer + " acts than the target in " + window);

        List<Act> planned = new ArrayList<>();
        if (signer != Signer.EXECUTIVE_COMMITTEE) {
            for (String entry : LysychanskVocabulary.OBSERVANCES) {
                String[] parts = entry.split("\\|");
                for (int year = first.getYear(); year <= last.getYear() + 1; year++) {
                    LocalDate day = LocalDate.of(year, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                    LocalDate adoptedOn = WorkingDays.minus(day, 6 + random.nextInt(5));
                    LocalDate draftedOn = WorkingDays.minus(adoptedOn, 2 + random.nextInt(3));
                    if (!draftedOn.isBefore(first) && !draftedOn.isAfter(last)) {
                        String verb = signer == Signer.MAYOR ? "Про відзначення " : "Про підготовку та відзначення ";
                        planned.add(new Act(signer, verb + parts[2] + " у " + year + " році", draftedOn, adoptedOn));
                    }
                }
            }
        }
        if (signer == Signer.ADMINISTRATION_HEAD) {
            String[] quarters = {"I", "II", "III", "IV"};
            for (int q = 0; q < 8; q++) {
                LocalDate quarterStarts = LocalDate.of(2020, 10, 1).plusMonths(3L * q);
                LocalDate adoptedOn = WorkingDays.minus(quarterStarts, 6 + random.nextInt(4));
                LocalDate draftedOn = WorkingDays.minus(adoptedOn, 3);
                if (!draftedOn.isBefore(first) && !draftedOn.isAfter(last)) {
                    planned.add(new Act(signer, "Про затвердження плану роботи " + ADMINISTRATION + " на "
                            + quarters[quarterStarts.getMonthValue() / 3] + " квартал " + quarterStarts.getYear()
                            + " року", draftedOn, adoptedOn));
                }
            }
            planned.addAll(fixedDrafts(signer, first, last, List.of(
                    "2020-09-14|Про затвердження Положення про відзнаки " + ADMINISTRATION,
                    "2020-10-19|Про встановлення відзнак " + ADMINISTRATION
                            + " — медалі «За заслуги перед містом» та нагрудного знака «Знак Пошани»",
                    "2021-02-08|Про підсумки роботи зі зверненнями громадян у 2020 році",
                    "2021-03-15|Про затвердження Положення про офіційний вебсайт " + ADMINISTRATION,
                    "2021-04-12|Про затвердження Положення про вуличні комітети Лисичанської міської територіальної"
                            + " громади",
                    "2021-06-07|Про затвердження Порядку ведення офіційних сторінок " + ADMINISTRATION
                            + " у соціальних мережах",
                    "2021-09-20|Про проведення навчальних семінарів з керівниками вуличних комітетів",
                    "2021-11-08|Про затвердження Плану заходів з реалізації Національної стратегії сприяння розвитку"
                            + " громадянського суспільства в Україні на 2021–2026 роки",
                    "2021-12-06|Про затвердження перспективного плану роботи " + ADMINISTRATION + " на 2022 рік",
                    "2021-12-13|Про організацію висвітлення діяльності " + ADMINISTRATION + " у 2022 році")));
        }
        if (signer == Signer.EXECUTIVE_COMMITTEE) {
            planned.addAll(fixedDrafts(signer, first, last, List.of(
                    "2020-02-10|Про хід виконання Програми сприяння розвитку громадянського суспільства у місті"
                            + " Лисичанську у 2019 році",
                    "2020-03-02|Про затвердження складу Молодіжної ради при виконавчому комітеті " + COUNCIL,
                    "2020-03-16|Про затвердження Положення про міський конкурс «Кращий вуличний комітет»",
                    "2020-04-13|Про затвердження плану заходів з відзначення 75-ї річниці перемоги над нацизмом"
                            + " у Другій світовій війні",
                    "2020-07-06|Про підсумки роботи зі зверненнями громадян у першому півріччі 2020 року")));
        }
        Collections.shuffle(planned, random);
        List<Act> drafts = new ArrayList<>(planned.subList(0, Math.min(needed, planned.size())));

        List<Commission> changeable = workingAtTheEnd.stream()
                .filter(commission -> signer == Signer.ADMINISTRATION_HEAD
                        ? !commission.name.contains(COUNCIL) && !commission.name.contains("виконавчому комітеті")
                        : !commission.name.contains(ADMINISTRATION) && !commission.name.contains("військово-цивільній"))
                .filter(commission -> commission.establishedOn.isBefore(first))
                .toList();
        while (drafts.size() < needed) {
            LocalDate draftedOn = WorkingDays.randomBetween(random, first, last);
            LocalDate adoptedOn = signer == Signer.EXECUTIVE_COMMITTEE
                    ? executiveCommitteeMeetingAfter(draftedOn)
                    : WorkingDays.plus(draftedOn, 1 + random.nextInt(4));
            String title;
            if (!changeable.isEmpty() && signer != Signer.EXECUTIVE_COMMITTEE && random.nextInt(4) == 0) {
                Commission changed = changeable.get(random.nextInt(changeable.size()));
                title = "Про внесення змін до складу " + genitive(changed.name);
            } else {
                title = awardTitle(signer, draftedOn);
            }
            drafts.add(new Act(signer, title, draftedOn, adoptedOn));
        }
        return drafts;
    }

    private List<Act> fixedDrafts(Signer signer, LocalDate first, LocalDate last, List<String> entries) {
        List<Act> drafts = new ArrayList<>();
        for (String entry : entries) {
            String[] parts = entry.split("\\|", 2);
            LocalDate draftedOn = WorkingDays.plus(LocalDate.parse(parts[0]), 0);
            if (!draftedOn.isBefore(first) && !draftedOn.isAfter(last)) {
                LocalDate adoptedOn = signer == Signer.EXECUTIVE_COMMITTEE
                        ? executiveCommitteeMeetingAfter(draftedOn)
                        : WorkingDays.plus(draftedOn, 2 + random.nextInt(3));
                drafts.add(new Act(signer, parts[1], draftedOn, adoptedOn));
            }
        }
        return drafts;
    }

    /** The executive committee met on Tuesdays; a draft went to a meeting at least three working days later. */
    private static LocalDate executiveCommitteeMeetingAfter(LocalDate draftedOn) {
        LocalDate day = WorkingDays.plus(draftedOn, 3).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        return WorkingDays.plus(day, 0);
    }

    private String awardTitle(Signer signer, LocalDate draftedOn) {
        return switch (signer) {
            case MAYOR -> random.nextBoolean() ? "Про відзначення Подякою міського голови"
                    : "Про нагородження Почесною грамотою " + COUNCIL;
            case EXECUTIVE_COMMITTEE -> "Про нагородження Почесною грамотою виконавчого комітету " + COUNCIL;
            case ADMINISTRATION_HEAD -> {
                int pick = random.nextInt(draftedOn.getYear() == 2021 ? 20 : 17);
                if (pick < 8) {
                    yield "Про нагородження Листом подяки " + ADMINISTRATION;
                } else if (pick < 11) {
                    yield "Про нагородження Грамотою " + ADMINISTRATION;
                } else if (pick < 17) {
                    yield "Про нагородження Почесною грамотою " + ADMINISTRATION;
                } else if (pick < 19) {
                    yield "Про нагородження медаллю «За заслуги перед містом»";
                }
                yield "Про нагородження нагрудним знаком «Знак Пошани»";
            }
        };
    }

    /**
     * Each signer's acts are numbered in the order adopted, all departments together, so the department's acts
     * have rising numbers with gaps; the administration's numbering starts anew each year.
     */
    private void number(List<Act> acts) {
        List<Act> ordered = new ArrayList<>(acts);
        ordered.sort(Comparator.comparing((Act act) -> act.adoptedOn).thenComparing(act -> act.title));
        Map<String, Integer> lastNumber = new LinkedHashMap<>();
        for (Act act : ordered) {
            LocalDate start = act.signer == Signer.ADMINISTRATION_HEAD && act.adoptedOn.getYear() == 2021
                    ? LocalDate.of(2021, 1, 4) : act.signer.numberingStarts;
            String series = act.signer + "/" + start;
            long workingDays = WorkingDays.between(start, act.adoptedOn).size();
            int number = Math.max(lastNumber.getOrDefault(series, 0) + 1,
                    (int) Math.round(workingDays * act.signer.actsPerWorkingDay) + random.nextInt(3));
            lastNumber.put(series, number);
            act.number = String.valueOf(number);
        }
    }

    // ───────────────────────────── correspondence ─────────────────────────────

    private static final String INFORMATION_REQUEST = "public_info_request";
    private static final String APPEAL = "citizen_appeal";
    private static final String DIRECTIVE = "higher_directive";
    private static final String LETTER = "letter";
    private static final List<String> DOCUMENT_KINDS = List.of(INFORMATION_REQUEST, APPEAL, DIRECTIVE, LETTER);

    /** Incoming documents per window and kind (request, appeal, directive, letter): 243, 595 (838 in 2020), 1759. */
    private static final int[][] RECEIVED = {{3, 2, 90, 148}, {7, 9, 220, 359}, {14, 12, 640, 1093}};
    /**
     * Answers per window and kind, by the day answered: 37 in Q1 2020 (2 to information requests), 120 in 2020,
     * 195 in 2021 (11 to information requests, 8 to citizens' appeals).
     */
    private static final int[][] ANSWERED = {{2, 0, 8, 27}, {3, 4, 30, 46}, {11, 8, 70, 106}};
    /** Documents put on long-term control per window: 6 on control on 31.03.2020, 9 at the end of 2020, 13 of 2021. */
    private static final int[] PUT_ON_CONTROL = {6, 3, 4};
    /** Internal outgoing documents per window: 35 in Q1 2020, 171 in 2020, 185 in 2021. */
    private static final int[] INTERNAL_SENT = {35, 171 - 35, 185};
    /** How the mail was spread over the months of each window (the spring 2020 lockdown, quieter summers). */
    private static final double[][] MONTH_WEIGHTS = {
            {0.85, 1.0, 1.05},
            {0.55, 0.7, 0.9, 0.95, 1.0, 1.1, 1.2, 1.15, 1.2},
            {0.8, 1.0, 1.1, 1.05, 0.9, 1.0, 0.9, 0.85, 1.1, 1.1, 1.1, 1.1}};
    private static final String[] MONTHS = {"січень", "лютий", "березень", "квітень", "травень", "червень",
            "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"};

    private static final class Incoming {
        final String kind;
        final LocalDate receivedOn;
        final String sender;
        final String subject;
        final boolean longTermControl;
        String id;
        String registrationNumber;
        LocalDate answeredOn;

        Incoming(String kind, LocalDate receivedOn, String sender, String subject, boolean longTermControl) {
            this.kind = kind;
            this.receivedOn = receivedOn;
            this.sender = sender;
            this.subject = subject;
            this.longTermControl = longTermControl;
        }
    }

    private record Outgoing(String kind, LocalDate sentOn, String recipient, String subject, String inReplyTo) {
    }

    private List<String> correspondenceLines() {
        List<Incoming> incoming = new ArrayList<>();
        for (int w = 0; w < WINDOWS.size(); w++) {
            List<LocalDate> days = spreadOverMonths(WINDOWS.get(w), MONTH_WEIGHTS[w],
                    java.util.Arrays.stream(RECEIVED[w]).sum());
            List<String> kinds = new ArrayList<>();
            for (int k = 0; k < DOCUMENT_KINDS.size(); k++) {
                kinds.addAll(Collections.nCopies(RECEIVED[w][k], DOCUMENT_KINDS.get(k)));
            }
            Collections.shuffle(kinds, random);
            int controlled = 0;
            for (int i = 0; i < days.size(); i++) {
                String kind = kinds.get(i);
                boolean control = kind.equals(DIRECTIVE) && controlled < PUT_ON_CONTROL[w];
                if (control) {
                    controlled++;
                }
                incoming.add(incomingDocument(kind, days.get(i), control));
            }
            require(controlled == PUT_ON_CONTROL[w], "too few directives to put on control");
        }
        answer(incoming);

        incoming.sort(Comparator.comparing((Incoming document) -> document.receivedOn));
        Map<Integer, Integer> numberInYear = new LinkedHashMap<>();
        for (int i = 0; i < incoming.size(); i++) {
            Incoming document = incoming.get(i);
            document.id = "lys-in-%04d".formatted(i + 1);
            document.registrationNumber = String.valueOf(numberInYear.merge(document.receivedOn.getYear(), 1,
                    Integer::sum));
        }

        List<Outgoing> outgoing = new ArrayList<>();
        for (Incoming document : incoming) {
            if (document.answeredOn != null) {
                outgoing.add(new Outgoing("external", document.answeredOn, document.sender,
                        replySubject(document), document.id));
            }
        }
        for (int w = 0; w < WINDOWS.size(); w++) {
            outgoing.addAll(internalDocuments(WINDOWS.get(w), MONTH_WEIGHTS[w], INTERNAL_SENT[w]));
        }
        outgoing.sort(Comparator.comparing(Outgoing::sentOn).thenComparing(Outgoing::kind));

        List<String> lines = new ArrayList<>();
        for (Incoming document : incoming) {
            lines.add(new Line("incoming-document", document.id)
                    .text("kind", document.kind)
                    .date("receivedOn", document.receivedOn)
                    .text("sender", document.sender)
                    .text("subject", document.subject)
                    .text("registrationNumber", document.registrationNumber)
                    .date("answeredOn", document.answeredOn)
                    .bool("longTermControl", document.longTermControl ? Boolean.TRUE : null)
                    .toString());
        }
        Map<Integer, Integer> sentInYear = new LinkedHashMap<>();
        for (int i = 0; i < outgoing.size(); i++) {
            Outgoing document = outgoing.get(i);
            lines.add(new Line("outgoing-document", "lys-out-%04d".formatted(i + 1))
                    .text("kind", document.kind())
                    .date("sentOn", document.sentOn())
                    .text("recipient", document.recipient())
                    .text("subject", document.subject())
                    .text("registrationNumber", "01-15/" + sentInYear.merge(document.sentOn().getYear(), 1,
                            Integer::sum))
                    .text("inReplyTo", document.inReplyTo())
                    .toString());
        }
        return lines;
    }

    private Incoming incomingDocument(String kind, LocalDate receivedOn, boolean longTermControl) {
        return switch (kind) {
            case INFORMATION_REQUEST -> new Incoming(kind, receivedOn, random.nextInt(10) < 7
                    ? shortName(person(random.nextBoolean()))
                    : pick(List.of("Редакція газети «Новий путь»", "ГО «Громадський контроль Лисичанська»",
                            "ГО «Антикорупційний центр Луганщини»")),
                    pick(LysychanskVocabulary.INFORMATION_REQUEST_SUBJECTS), false);
            case APPEAL -> new Incoming(kind, receivedOn, shortName(person(random.nextBoolean())) + ", "
                    + pick(LysychanskVocabulary.STREETS), pick(LysychanskVocabulary.APPEAL_SUBJECTS), false);
            case DIRECTIVE -> new Incoming(kind, receivedOn, pick(LysychanskVocabulary.HIGHER_AUTHORITIES),
                    pick(longTermControl ? LysychanskVocabulary.LONG_TERM_CONTROL_SUBJECTS
                            : LysychanskVocabulary.DIRECTIVE_SUBJECTS), longTermControl);
            default -> {
                int from = random.nextInt(20);
                if (from < 9) {
                    yield new Incoming(kind, receivedOn, pick(LysychanskVocabulary.COUNCIL_DEPARTMENTS) + " "
                            + councilOn(receivedOn), pick(LysychanskVocabulary.DEPARTMENT_LETTER_SUBJECTS), false);
                } else if (from < 15) {
                    yield new Incoming(kind, receivedOn, pick(LysychanskVocabulary.OTHER_CORRESPONDENTS),
                            pick(LysychanskVocabulary.OTHER_LETTER_SUBJECTS), false);
                }
                List<Organisation> existing = organisations.stream()
                        .filter(organisation -> organisation.existsOn(receivedOn)).toList();
                yield new Incoming(kind, receivedOn, existing.get(random.nextInt(existing.size())).name(),
                        pick(LysychanskVocabulary.ORGANISATION_LETTER_SUBJECTS), false);
            }
        };
    }

    /**
     * Gives answers to as many documents of each kind as {@link #ANSWERED} has for the window the answer falls
     * in: requests for information within five working days, appeals within the month, the rest within weeks.
     * Documents on long-term control are reported on periodically, not answered once.
     */
    private void answer(List<Incoming> incoming) {
        int[][] open = new int[WINDOWS.size()][];
        for (int w = 0; w < WINDOWS.size(); w++) {
            open[w] = ANSWERED[w].clone();
        }
        List<Incoming> candidates = new ArrayList<>(incoming.stream().filter(document -> !document.longTermControl)
                .toList());
        Collections.shuffle(candidates, random);
        for (Incoming document : candidates) {
            int lag = switch (document.kind) {
                case INFORMATION_REQUEST -> 1 + random.nextInt(5);
                case APPEAL -> 3 + random.nextInt(18);
                case DIRECTIVE -> 2 + random.nextInt(19);
                default -> 1 + random.nextInt(15);
            };
            LocalDate answeredOn = WorkingDays.plus(document.receivedOn, lag);
            int window = windowOf(answeredOn);
            int kind = DOCUMENT_KINDS.indexOf(document.kind);
            if (window >= 0 && open[window][kind] > 0) {
                open[window][kind]--;
                document.answeredOn = answeredOn;
            }
        }
        for (int w = 0; w < WINDOWS.size(); w++) {
            require(java.util.Arrays.stream(open[w]).allMatch(left -> left == 0),
                    "answers left to give in " + WINDOWS.get(w) + ": " + java.util.Arrays.toString(open[w]));
        }
    }

    private static int windowOf(LocalDate day) {
        for (int w = 0; w < WINDOWS.size(); w++) {
            if (WINDOWS.get(w).contains(day)) {
                return w;
            }
        }
        return -1;
    }

    private static String replySubject(Incoming document) {
        String what = switch (document.kind) {
            case INFORMATION_REQUEST -> "запит на публічну інформацію";
            case APPEAL -> "звернення";
            default -> "лист";
        };
        return "Відповідь на " + what + " від " + ukrainian(document.receivedOn) + " (вх. № "
                + document.registrationNumber + ")";
    }

    /**
     * The department's internal documents: the weekly plan every Friday, the monthly information on its plan, the
     * quarterly report, and memos and information for the rest of the window's count.
     */
    private List<Outgoing> internalDocuments(Window window, double[] monthWeights, int count) {
        List<Outgoing> documents = new ArrayList<>();
        for (LocalDate day : WorkingDays.between(window.first(), window.last())) {
            String deputy = day.isBefore(ADMINISTRATION_TAKES_OVER) ? "Заступник міського голови"
                    : "Заступник керівника " + ADMINISTRATION;
            LocalDate nextWorkingDay = WorkingDays.plus(day, 1);
            if (!weekOf(nextWorkingDay).equals(weekOf(day))) {
                LocalDate monday = day.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
                documents.add(new Outgoing("internal", day, deputy, "Щотижневий план роботи відділу на "
                        + monday.format(DateTimeFormatter.ofPattern("dd.MM")) + "–"
                        + ukrainian(monday.plusDays(4)), null));
            }
            if (day.equals(WorkingDays.plus(day.withDayOfMonth(1), 0))) {
                LocalDate previousMonth = day.minusMonths(1);
                documents.add(new Outgoing("internal", day, deputy, "Інформація про виконання плану роботи відділу"
                        + " за " + MONTHS[previousMonth.getMonthValue() - 1] + " " + previousMonth.getYear()
                        + " року", null));
                if (day.getMonthValue() % 3 == 1) {
                    String[] quarters = {"IV", "I", "II", "III"};
                    documents.add(new Outgoing("internal", day, deputy, "Звіт про роботу відділу за "
                            + quarters[day.getMonthValue() / 3] + " квартал " + previousMonth.getYear() + " року",
                            null));
                }
            }
        }
        require(documents.size() <= count, "more regular internal documents than " + count + " in " + window);
        for (LocalDate day : spreadOverMonths(window, monthWeights, count - documents.size())) {
            String recipient = random.nextInt(3) == 0 ? "Загальний відділ " + councilOn(day)
                    : pick(LysychanskVocabulary.COUNCIL_DEPARTMENTS) + " " + councilOn(day);
            documents.add(new Outgoing("internal", day, recipient, pick(LysychanskVocabulary.INTERNAL_SUBJECTS),
                    null));
        }
        return documents;
    }

    /** {@code count} working days of the window, so many per month as the weights give (largest remainders). */
    private List<LocalDate> spreadOverMonths(Window window, double[] weights, int count) {
        double total = java.util.Arrays.stream(weights).sum();
        int[] perMonth = new int[weights.length];
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int m = 0; m < weights.length; m++) {
            double share = count * weights[m] / total;
            perMonth[m] = (int) Math.floor(share);
            remainders[m] = share - perMonth[m];
            given += perMonth[m];
        }
        while (given < count) {
            int largest = 0;
            for (int m = 1; m < weights.length; m++) {
                if (remainders[m] > remainders[largest]) {
                    largest = m;
                }
            }
            perMonth[largest]++;
            remainders[largest] = -1;
            given++;
        }
        List<LocalDate> days = new ArrayList<>();
        for (int m = 0; m < weights.length; m++) {
            LocalDate monthStarts = window.first().plusMonths(m);
            LocalDate monthEnds = monthStarts.with(TemporalAdjusters.lastDayOfMonth());
            for (int i = 0; i < perMonth[m]; i++) {
                days.add(WorkingDays.randomBetween(random, monthStarts, monthEnds));
            }
        }
        Collections.sort(days);
        return days;
    }

    private static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static String councilOn(LocalDate day) {
        return day.isBefore(ADMINISTRATION_TAKES_OVER) ? COUNCIL : ADMINISTRATION;
    }

    // ───────────────────────────── people and helpers ─────────────────────────────

    /** "Коваленко Олена Петрівна": surname, first name and patronymic, a woman's or a man's. */
    private String person(boolean woman) {
        String[] surname = pick(LysychanskVocabulary.SURNAMES).split("\\|");
        FirstName father = pick(LysychanskVocabulary.MEN);
        if (woman) {
            return surname[surname.length - 1] + " " + pick(LysychanskVocabulary.WOMEN) + " "
                    + father.daughtersPatronymic();
        }
        return surname[0] + " " + pick(LysychanskVocabulary.MEN).name() + " " + father.sonsPatronymic();
    }

    /** "Коваленко Олена Петрівна" → "Коваленко О. П.", as registers write correspondents. */
    private static String shortName(String fullName) {
        String[] parts = fullName.split(" ");
        return parts[0] + " " + parts[1].charAt(0) + ". " + parts[2].charAt(0) + ".";
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Removes and returns up to {@code count} entries of {@code pool} that match, in the pool's order. */
    private static <T> List<T> take(List<T> pool, int count, Predicate<T> matching) {
        List<T> taken = new ArrayList<>();
        for (int i = 0; i < pool.size() && taken.size() < count; ) {
            if (matching.test(pool.get(i))) {
                taken.add(pool.remove(i));
            } else {
                i++;
            }
        }
        return taken;
    }

    private static String ukrainian(LocalDate day) {
        return day.format(UKRAINIAN_DATE);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException("the demo data does not add up: " + problem);
        }
    }

    /** A stretch of days the seed figures count over. */
    private record Window(LocalDate first, LocalDate last) {

        boolean contains(LocalDate day) {
            return !day.isBefore(first) && !day.isAfter(last);
        }

        LocalDate randomDay(Random random) {
            return WorkingDays.randomBetween(random, first, last);
        }

        /**
         * For an ending (a liquidation, a dissolution): never the window's last day, on which "as of that day"
         * could be read either way.
         */
        LocalDate randomDayBeforeLast(Random random) {
            return WorkingDays.randomBetween(random, first, last.minusDays(1));
        }

        @Override
        public String toString() {
            return first + ".." + last;
        }
    }

    /** One NDJSON line: a JSON object written field by field in the given order; absent values are left out. */
    private static final class Line {
        private final StringBuilder json = new StringBuilder("{");

        Line(String type, String id) {
            text("type", type);
            text("id", id);
        }

        Line text(String name, String value) {
            if (value != null) {
                name(name);
                quoted(value);
            }
            return this;
        }

        Line date(String name, LocalDate value) {
            return text(name, value == null ? null : value.toString());
        }

        Line bool(String name, Boolean value) {
            if (value != null) {
                name(name);
                json.append(value);
            }
            return this;
        }

        private void name(String name) {
            if (json.length() > 1) {
                json.append(',');
            }
            quoted(name);
            json.append(':');
        }

        private void quoted(String value) {
            json.append('"');
            for (char c : value.toCharArray()) {
                switch (c) {
                    case '"' -> json.append("\\\"");
                    case '\\' -> json.append("\\\\");
                    case '\n' -> json.append("\\n");
                    case '\r' -> json.append("\\r");
                    case '\t' -> json.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            json.append("\\u%04x".formatted((int) c));
                        } else {
                            json.append(c);
                        }
                    }
                }
            }
            json.append('"');
        }

        @Override
        public String toString() {
            return json + "}";
        }
    }
}
