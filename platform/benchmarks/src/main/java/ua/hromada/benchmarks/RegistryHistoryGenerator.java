package ua.hromada.benchmarks;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import ua.hromada.registry.api.act.ActAdoptedEvent;
import ua.hromada.registry.api.act.ActCorrectedEvent;
import ua.hromada.registry.api.act.ActDetails;
import ua.hromada.registry.api.act.ActDraftedEvent;
import ua.hromada.registry.api.act.ActId;
import ua.hromada.registry.api.act.ActKind;
import ua.hromada.registry.api.act.ActWithdrawnEvent;
import ua.hromada.registry.api.appeal.AppealChannel;
import ua.hromada.registry.api.appeal.CitizenAppealCorrectedEvent;
import ua.hromada.registry.api.appeal.CitizenAppealDetails;
import ua.hromada.registry.api.appeal.CitizenAppealId;
import ua.hromada.registry.api.appeal.CitizenAppealReceivedEvent;
import ua.hromada.registry.api.appeal.CitizenAppealWithdrawnEvent;
import ua.hromada.registry.api.budget.BudgetProjectAdmittedEvent;
import ua.hromada.registry.api.budget.BudgetProjectDetails;
import ua.hromada.registry.api.budget.BudgetProjectId;
import ua.hromada.registry.api.budget.BudgetProjectRejectedEvent;
import ua.hromada.registry.api.budget.BudgetProjectStatus;
import ua.hromada.registry.api.budget.BudgetProjectSubmittedEvent;
import ua.hromada.registry.api.budget.BudgetProjectWinnerDeclaredEvent;
import ua.hromada.registry.api.commission.AgendaItem;
import ua.hromada.registry.api.commission.CommissionAbolishedEvent;
import ua.hromada.registry.api.commission.CommissionEstablishedEvent;
import ua.hromada.registry.api.commission.CommissionId;
import ua.hromada.registry.api.commission.CommissionKind;
import ua.hromada.registry.api.commission.CommissionMeetingHeldEvent;
import ua.hromada.registry.api.commission.CommissionPurpose;
import ua.hromada.registry.api.correspondence.IncomingDocumentAnsweredEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentCorrectedEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentDetails;
import ua.hromada.registry.api.correspondence.IncomingDocumentId;
import ua.hromada.registry.api.correspondence.IncomingDocumentKind;
import ua.hromada.registry.api.correspondence.IncomingDocumentPutOnLongTermControlEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentReceivedEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentTakenOffLongTermControlEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentWithdrawnEvent;
import ua.hromada.registry.api.correspondence.OutgoingDocumentCorrectedEvent;
import ua.hromada.registry.api.correspondence.OutgoingDocumentDetails;
import ua.hromada.registry.api.correspondence.OutgoingDocumentId;
import ua.hromada.registry.api.correspondence.OutgoingDocumentKind;
import ua.hromada.registry.api.correspondence.OutgoingDocumentSentEvent;
import ua.hromada.registry.api.correspondence.OutgoingDocumentWithdrawnEvent;
import ua.hromada.registry.api.organisation.OrganisationCorrectedEvent;
import ua.hromada.registry.api.organisation.OrganisationDetails;
import ua.hromada.registry.api.organisation.OrganisationId;
import ua.hromada.registry.api.organisation.OrganisationKind;
import ua.hromada.registry.api.organisation.OrganisationLiquidatedEvent;
import ua.hromada.registry.api.organisation.OrganisationRegisteredEvent;
import ua.hromada.registry.api.organisation.OrganisationWithdrawnEvent;
import ua.hromada.registry.api.petition.PetitionAnsweredEvent;
import ua.hromada.registry.api.petition.PetitionDetails;
import ua.hromada.registry.api.petition.PetitionId;
import ua.hromada.registry.api.petition.PetitionPublishedEvent;
import ua.hromada.registry.api.petition.PetitionRejectedEvent;
import ua.hromada.registry.api.petition.PetitionStatus;
import ua.hromada.registry.api.petition.PetitionSubmittedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeDissolvedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeElectionRecordedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeEstablishedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeId;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.UUID;

/**
 * Councils' registry histories over 2019–2021 as registry-service records them, commit by commit in the order they
 * were recorded: records of every register arrive at a steady pace, each followed by its lifecycle (answers,
 * long-term control, adoptions, liquidations, elections, meetings, corrections, withdrawals) days to years later,
 * so the streams of many records interleave as they do in a council's event store. Aggregate ids are tenant-scoped
 * ({@code <tenant>:<client id>}), each event carries the tenant and the clerk in its metadata and the moment it was
 * recorded as its timestamp; events one command records together (an organisation registered and liquidated by an
 * import of the old register, a document received and put on control) share a commit. Same seed, same records at
 * the same moments.
 */
final class RegistryHistoryGenerator {

    static final List<String> TENANTS = List.of("lysychansk", "nizhyn", "kehychiv");
    /** Bigger councils record more: the tenants' shares of the records, in {@link #TENANTS} order. */
    private static final double[] TENANT_SHARES = {0.45, 0.35, 0.20};
    static final Instant FIRST_RECORDED = Instant.parse("2019-01-01T00:00:00Z");
    static final Instant LAST_RECORDED = Instant.parse("2022-01-01T00:00:00Z");
    /** Office hours in Ukraine (UTC+2/+3), when clerks record what happened on a business day. */
    private static final Duration OFFICE_OPENS = Duration.ofHours(6);
    private static final int OFFICE_SECONDS = 9 * 3600;
    private static final int CALIBRATION_RECORDS = 20_000;

    private final long events;
    private final Random random;
    private final Duration meanArrivalGap;
    private final PriorityQueue<Lifecycle> pending = new PriorityQueue<>(
            Comparator.comparing(Lifecycle::nextMoment).thenComparingLong(Lifecycle::number));
    private final Map<String, Long> incomingDocumentsByTenantAndYear = new HashMap<>();
    private Instant nextArrival;
    private long arrivals;
    private long emitted;

    /** A history of exactly {@code events} events, spread so that the last are recorded around the end of 2021. */
    RegistryHistoryGenerator(long events, long seed) {
        this.events = events;
        this.random = new Random(seed);
        double recordsNeeded = events / meanEventsPerRecord(seed);
        this.meanArrivalGap = Duration.ofNanos((long) (Duration.between(FIRST_RECORDED, LAST_RECORDED).toNanos()
                / recordsNeeded));
        this.nextArrival = FIRST_RECORDED;
    }

    boolean hasNext() {
        return emitted < events;
    }

    /** The next commit: events of one record, recorded at one moment, in sequence order. */
    List<DomainEventMessage<?>> nextCommit() {
        if (!hasNext()) {
            throw new NoSuchElementException("all " + events + " events were generated");
        }
        while (pending.isEmpty() || !nextArrival.isAfter(pending.peek().nextMoment())) {
            pending.add(plan(arrivals++, nextArrival, random));
            nextArrival = nextArrival.plusNanos((long) (-Math.log(1 - random.nextDouble()) * meanArrivalGap.toNanos()));
        }
        Lifecycle record = pending.poll();
        List<DomainEventMessage<?>> commit = new ArrayList<>();
        Instant moment = record.nextMoment();
        while (record.hasNext() && record.nextMoment().equals(moment) && emitted < events) {
            commit.add(record.emitNext());
            emitted++;
        }
        if (record.hasNext()) {
            pending.add(record);
        }
        commit.forEach(this::count);
        return commit;
    }

    /** How many incoming documents of {@code tenant} the generated history says were received in {@code year}. */
    long incomingDocumentsReceived(String tenant, int year) {
        return incomingDocumentsByTenantAndYear.getOrDefault(tenant + "/" + year, 0L);
    }

    private void count(DomainEventMessage<?> event) {
        String tenant = (String) event.getMetaData().get("tenant");
        if (event.getPayload() instanceof IncomingDocumentReceivedEvent received) {
            incomingDocumentsByTenantAndYear.merge(tenant + "/" + received.receivedOn().getYear(), 1L, Long::sum);
        } else if (event.getPayload() instanceof IncomingDocumentWithdrawnEvent withdrawn) {
            incomingDocumentsByTenantAndYear.merge(tenant + "/" + withdrawn.withdrawn().receivedOn().getYear(), -1L,
                    Long::sum);
        }
    }

    /**
     * How many events a record arriving within the three years contributes to them on average: lifecycles vary by
     * register and chance and some end after 2021, so it is measured on a sample planned with a random of its own.
     */
    private static double meanEventsPerRecord(long seed) {
        Random sampling = new Random(~seed);
        long years = Duration.between(FIRST_RECORDED, LAST_RECORDED).toNanos();
        long recorded = 0;
        for (int i = 0; i < CALIBRATION_RECORDS; i++) {
            Instant arrival = FIRST_RECORDED.plusNanos((long) (sampling.nextDouble() * years));
            recorded += plan(i, arrival, sampling).eventsBefore(LAST_RECORDED);
        }
        return (double) recorded / CALIBRATION_RECORDS;
    }

    private static Lifecycle plan(long number, Instant arrival, Random random) {
        String tenant = pick(random, TENANTS, TENANT_SHARES);
        double register = random.nextDouble();
        Planner planner = new Planner(tenant, number, arrival, random);
        if (register < 0.30) {
            return planner.incomingDocument();
        } else if (register < 0.48) {
            return planner.outgoingDocument();
        } else if (register < 0.62) {
            return planner.citizenAppeal();
        } else if (register < 0.78) {
            return planner.act();
        } else if (register < 0.84) {
            return planner.organisation();
        } else if (register < 0.88) {
            return planner.petition();
        } else if (register < 0.92) {
            return planner.budgetProject();
        } else if (register < 0.96) {
            return planner.streetCommittee();
        } else {
            return planner.commission();
        }
    }

    private static <T> T pick(Random random, List<T> values, double[] shares) {
        double roll = random.nextDouble();
        for (int i = 0; i < values.size() - 1; i++) {
            roll -= shares[i];
            if (roll < 0) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }

    /** One record's events planned ahead, each with the moment it will be recorded. */
    private static final class Lifecycle {

        private final String tenant;
        private final String aggregateType;
        private final String aggregateId;
        private final long number;
        private final List<Instant> moments = new ArrayList<>();
        private final List<Object> payloads = new ArrayList<>();
        private int next;

        Lifecycle(String tenant, String aggregateType, String aggregateId, long number) {
            this.tenant = tenant;
            this.aggregateType = aggregateType;
            this.aggregateId = aggregateId;
            this.number = number;
        }

        void add(Instant moment, Object payload) {
            moments.add(moment);
            payloads.add(payload);
        }

        Instant lastMoment() {
            return moments.get(moments.size() - 1);
        }

        long eventsBefore(Instant end) {
            return moments.stream().filter(moment -> moment.isBefore(end)).count();
        }

        /** Records arrive in number order, which breaks ties between moments. */
        long number() {
            return number;
        }

        boolean hasNext() {
            return next < payloads.size();
        }

        Instant nextMoment() {
            return moments.get(next);
        }

        DomainEventMessage<?> emitNext() {
            int sequence = next++;
            // as the registry's commands leave them: who recorded it and the command's message as origin
            String command = UUID.randomUUID().toString();
            MetaData metaData = MetaData.with("tenant", tenant).and("user", tenant + "-clerk")
                    .and("correlationId", command).and("traceId", command);
            return new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence,
                    new GenericEventMessage<>(payloads.get(sequence), metaData), moments.get(sequence));
        }
    }

    /** Plans the lifecycle of one record of one register, arriving at one moment. */
    private static final class Planner {

        private final String tenant;
        private final long number;
        private final Instant arrival;
        private final LocalDate arrivalDay;
        private final Random random;

        Planner(String tenant, long number, Instant arrival, Random random) {
            this.tenant = tenant;
            this.number = number;
            this.arrival = arrival;
            this.arrivalDay = LocalDate.ofInstant(arrival, ZoneOffset.UTC);
            this.random = random;
        }

        Lifecycle incomingDocument() {
            Lifecycle record = record("IncomingDocument", "in");
            IncomingDocumentId id = new IncomingDocumentId(record.aggregateId);
            IncomingDocumentKind kind = pick(random, List.of(IncomingDocumentKind.values()),
                    new double[]{0.50, 0.15, 0.25, 0.10});
            LocalDate receivedOn = arrivalDay.minusDays(random.nextInt(3));
            String sender = pick(random, List.of("Луганська ОВА", "Департамент освіти", "ГУ ДПС", "Громадянин",
                    "Управління соціального захисту"), new double[]{0.2, 0.2, 0.2, 0.2, 0.2});
            String subject = "Щодо " + pick(random, List.of("благоустрою території", "надання інформації",
                    "ремонту дороги", "виділення коштів", "звернення громадян"), new double[]{0.2, 0.2, 0.2, 0.2, 0.2});
            String registrationNumber = "Вх-" + number;
            record.add(arrival, new IncomingDocumentReceivedEvent(id, kind, receivedOn, sender, subject,
                    registrationNumber, null, false));
            if (random.nextInt(50) == 0) {
                record.add(after(record.lastMoment(), 1), new IncomingDocumentWithdrawnEvent(id,
                        new IncomingDocumentDetails(kind, receivedOn, sender, subject, registrationNumber, null,
                                false), "внесено помилково"));
                return record;
            }
            boolean onControl = random.nextInt(5) == 0;
            if (onControl) {
                record.add(arrival, new IncomingDocumentPutOnLongTermControlEvent(id, receivedOn));
            }
            if (random.nextInt(8) == 0) {
                IncomingDocumentKind correctedKind = pick(random, List.of(IncomingDocumentKind.values()),
                        new double[]{0.25, 0.25, 0.25, 0.25});
                record.add(after(record.lastMoment(), 1), new IncomingDocumentCorrectedEvent(id,
                        new IncomingDocumentDetails(kind, receivedOn, sender, subject, registrationNumber, null,
                                onControl),
                        new IncomingDocumentDetails(correctedKind, receivedOn, sender, subject, registrationNumber,
                                null, onControl), "помилка у виді документа"));
                kind = correctedKind;
            }
            if (random.nextInt(3) > 0) {
                LocalDate answeredOn = receivedOn.plusDays(2 + random.nextInt(29));
                record.add(on(answeredOn, record.lastMoment()), new IncomingDocumentAnsweredEvent(id, kind, answeredOn));
            }
            if (onControl && random.nextBoolean()) {
                LocalDate until = receivedOn.plusDays(10 + random.nextInt(300));
                record.add(on(until, record.lastMoment()),
                        new IncomingDocumentTakenOffLongTermControlEvent(id, receivedOn, until));
            }
            return record;
        }

        Lifecycle outgoingDocument() {
            Lifecycle record = record("OutgoingDocument", "out");
            OutgoingDocumentId id = new OutgoingDocumentId(record.aggregateId);
            OutgoingDocumentKind kind = random.nextInt(5) < 2 ? OutgoingDocumentKind.INTERNAL
                    : OutgoingDocumentKind.EXTERNAL;
            LocalDate sentOn = arrivalDay.minusDays(random.nextInt(2));
            String recipient = random.nextBoolean() ? "Луганська ОВА" : "Громадянин";
            String inReplyTo = random.nextInt(10) < 3 ? "Вх-" + random.nextInt((int) Math.max(1, number)) : null;
            OutgoingDocumentDetails sent = new OutgoingDocumentDetails(kind, sentOn, recipient, "Відповідь",
                    "Вих-" + number, inReplyTo);
            record.add(arrival, new OutgoingDocumentSentEvent(id, kind, sentOn, recipient, "Відповідь",
                    "Вих-" + number, inReplyTo));
            if (random.nextInt(10) == 0) {
                OutgoingDocumentKind correctedKind = kind == OutgoingDocumentKind.INTERNAL
                        ? OutgoingDocumentKind.EXTERNAL : OutgoingDocumentKind.INTERNAL;
                OutgoingDocumentDetails corrected = new OutgoingDocumentDetails(correctedKind, sentOn, recipient,
                        "Відповідь", "Вих-" + number, inReplyTo);
                record.add(after(record.lastMoment(), 1 + random.nextInt(7)),
                        new OutgoingDocumentCorrectedEvent(id, sent, corrected, "помилка у виді документа"));
                sent = corrected;
            }
            if (random.nextInt(50) == 0) {
                record.add(after(record.lastMoment(), 1), new OutgoingDocumentWithdrawnEvent(id, sent,
                        "внесено помилково"));
            }
            return record;
        }

        Lifecycle citizenAppeal() {
            Lifecycle record = record("CitizenAppeal", "ap");
            CitizenAppealId id = new CitizenAppealId(record.aggregateId);
            AppealChannel channel = pick(random, List.of(AppealChannel.values()),
                    new double[]{0.35, 0.15, 0.10, 0.10, 0.15, 0.15});
            LocalDate receivedOn = arrivalDay.minusDays(random.nextInt(2));
            LocalDate resolvedOn = random.nextBoolean() ? receivedOn.plusDays(random.nextInt(15)) : null;
            CitizenAppealDetails received = new CitizenAppealDetails(channel, receivedOn, "Вуличне освітлення",
                    "Заявник " + number, resolvedOn);
            record.add(arrival, new CitizenAppealReceivedEvent(id, channel, receivedOn, "Вуличне освітлення",
                    "Заявник " + number, resolvedOn));
            if (random.nextInt(10) == 0) {
                CitizenAppealDetails corrected = new CitizenAppealDetails(
                        pick(random, List.of(AppealChannel.values()), new double[]{0.2, 0.2, 0.2, 0.2, 0.1, 0.1}),
                        receivedOn, "Вуличне освітлення", "Заявник " + number, resolvedOn);
                record.add(after(record.lastMoment(), 1 + random.nextInt(5)),
                        new CitizenAppealCorrectedEvent(id, received, corrected, "помилка в каналі"));
                received = corrected;
            }
            if (random.nextInt(50) == 0) {
                record.add(after(record.lastMoment(), 1), new CitizenAppealWithdrawnEvent(id, received,
                        "внесено помилково"));
            }
            return record;
        }

        Lifecycle act() {
            Lifecycle record = record("Act", "act");
            ActId id = new ActId(record.aggregateId);
            ActKind kind = pick(random, List.of(ActKind.values()), new double[]{0.35, 0.15, 0.25, 0.15, 0.05, 0.05});
            String actNumber = number + "-" + kind.value().charAt(0);
            String title = "Про затвердження " + pick(random, List.of("програми", "положення", "плану", "кошторису"),
                    new double[]{0.25, 0.25, 0.25, 0.25});
            LocalDate draftedOn = arrivalDay.minusDays(random.nextInt(2));
            boolean byDepartment = random.nextBoolean();
            ActDetails drafted = new ActDetails(kind, actNumber, title, draftedOn, null, null, byDepartment);
            record.add(arrival, new ActDraftedEvent(id, kind, actNumber, title, draftedOn, byDepartment, drafted));
            ActDetails current = drafted;
            if (kind != ActKind.DRAFT_DECISION) {
                LocalDate adoptedOn = draftedOn.plusDays(1 + random.nextInt(30));
                current = new ActDetails(kind, actNumber, title, draftedOn, adoptedOn, null, byDepartment);
                record.add(on(adoptedOn, record.lastMoment()),
                        new ActAdoptedEvent(id, kind, actNumber, title, adoptedOn, byDepartment, current));
            }
            if (random.nextInt(20) == 0) {
                ActDetails corrected = new ActDetails(kind, actNumber + "/1", title, draftedOn, current.adoptedOn(),
                        null, !byDepartment);
                record.add(after(record.lastMoment(), 1 + random.nextInt(10)),
                        new ActCorrectedEvent(id, current, corrected, "помилка в номері"));
                current = corrected;
            }
            if (random.nextInt(30) == 0) {
                record.add(after(record.lastMoment(), 1 + random.nextInt(10)),
                        new ActWithdrawnEvent(id, current, "внесено помилково"));
            }
            return record;
        }

        Lifecycle organisation() {
            Lifecycle record = record("Organisation", "org");
            OrganisationId id = new OrganisationId(record.aggregateId);
            OrganisationKind kind = pick(random, List.of(OrganisationKind.values()),
                    new double[]{0.15, 0.45, 0.15, 0.15, 0.10});
            String name = "Громадська організація «Світанок-" + number + "»";
            String party = kind == OrganisationKind.PARTY_CELL ? "Партія «Рух»" : null;
            String code = String.valueOf(40_000_000 + number);
            boolean fromOldRegister = random.nextInt(10) < 3;
            LocalDate registeredOn = fromOldRegister
                    ? LocalDate.of(1995, 1, 1).plusDays(random.nextInt(24 * 365))
                    : arrivalDay.minusDays(random.nextInt(4));
            record.add(arrival, new OrganisationRegisteredEvent(id, kind, name, registeredOn, party, code));
            if (fromOldRegister && random.nextInt(10) < 3) {
                LocalDate liquidatedOn = registeredOn.plusDays(30 + random.nextInt(
                        (int) Math.max(1, LocalDate.of(2018, 12, 31).toEpochDay() - registeredOn.toEpochDay())));
                record.add(arrival, new OrganisationLiquidatedEvent(id, kind, liquidatedOn));
                return record;
            }
            if (random.nextInt(4) == 0) {
                OrganisationDetails recorded = new OrganisationDetails(kind, name, registeredOn, null, party, code);
                OrganisationKind correctedKind = pick(random, List.of(OrganisationKind.values()),
                        new double[]{0.2, 0.2, 0.2, 0.2, 0.2});
                OrganisationDetails corrected = new OrganisationDetails(correctedKind, name,
                        registeredOn.plusDays(random.nextInt(21) - 10), null,
                        correctedKind == OrganisationKind.PARTY_CELL ? "Партія «Рух»" : null, code);
                record.add(after(record.lastMoment(), 1 + random.nextInt(20)),
                        new OrganisationCorrectedEvent(id, recorded, corrected, "помилка у виді організації"));
                if (random.nextInt(3) == 0) {
                    record.add(after(record.lastMoment(), 1 + random.nextInt(5)),
                            new OrganisationWithdrawnEvent(id, corrected, "внесено помилково"));
                    return record;
                }
                kind = corrected.kind();
            }
            if (random.nextInt(5) == 0) {
                LocalDate liquidatedOn = arrivalDay.plusDays(60 + random.nextInt(840));
                record.add(on(liquidatedOn, record.lastMoment()), new OrganisationLiquidatedEvent(id, kind,
                        liquidatedOn));
            }
            return record;
        }

        Lifecycle petition() {
            Lifecycle record = record("Petition", "pet");
            PetitionId id = new PetitionId(record.aggregateId);
            LocalDate submittedOn = arrivalDay;
            String title = "Про облаштування дитячого майданчика № " + number;
            record.add(arrival, new PetitionSubmittedEvent(id, title, submittedOn, "Автор " + number,
                    new PetitionDetails(title, submittedOn, "Автор " + number, 0, PetitionStatus.MODERATION, null,
                            null, null)));
            int outcome = random.nextInt(20);
            LocalDate decidedOn = submittedOn.plusDays(2 + random.nextInt(4));
            if (outcome < 3) {
                record.add(on(decidedOn, record.lastMoment()), new PetitionRejectedEvent(id, submittedOn, decidedOn,
                        "не відповідає вимогам"));
            } else if (outcome < 15) {
                record.add(on(decidedOn, record.lastMoment()), new PetitionPublishedEvent(id, submittedOn,
                        decidedOn));
                if (random.nextInt(5) < 3) {
                    LocalDate answeredOn = decidedOn.plusDays(40 + random.nextInt(50));
                    record.add(on(answeredOn, record.lastMoment()), new PetitionAnsweredEvent(id, submittedOn,
                            answeredOn));
                }
            }
            return record;
        }

        Lifecycle budgetProject() {
            Lifecycle record = record("BudgetProject", "bp");
            BudgetProjectId id = new BudgetProjectId(record.aggregateId);
            LocalDate submittedOn = arrivalDay;
            int programYear = submittedOn.getYear() + 1;
            String title = "Сквер на вулиці " + number;
            String category = pick(random, List.of("освіта", "благоустрій", "спорт", "культура"),
                    new double[]{0.25, 0.25, 0.25, 0.25});
            BigDecimal amount = BigDecimal.valueOf(50_000 + random.nextInt(450_000));
            record.add(arrival, new BudgetProjectSubmittedEvent(id, programYear, submittedOn, title, "Автор " + number,
                    category, amount, new BudgetProjectDetails(programYear, submittedOn, title, "Автор " + number,
                            category, amount, BudgetProjectStatus.SUBMITTED, null)));
            LocalDate reviewedOn = submittedOn.plusDays(20 + random.nextInt(21));
            if (random.nextInt(10) < 3) {
                record.add(on(reviewedOn, record.lastMoment()), new BudgetProjectRejectedEvent(id, programYear,
                        "перевищує бюджет"));
                return record;
            }
            record.add(on(reviewedOn, record.lastMoment()), new BudgetProjectAdmittedEvent(id, programYear));
            if (random.nextInt(10) < 3) {
                record.add(on(reviewedOn.plusDays(60 + random.nextInt(61)), record.lastMoment()),
                        new BudgetProjectWinnerDeclaredEvent(id, programYear));
            }
            return record;
        }

        Lifecycle streetCommittee() {
            Lifecycle record = record("StreetCommittee", "sc");
            StreetCommitteeId id = new StreetCommitteeId(record.aggregateId);
            String street = "вул. Садова, " + number;
            LocalDate establishedOn = arrivalDay.minusDays(random.nextInt(5));
            record.add(arrival, new StreetCommitteeEstablishedEvent(id, street, establishedOn));
            LocalDate heldOn = establishedOn;
            for (int election = 1; election <= 2; election++) {
                record.add(election == 1 && random.nextBoolean() ? arrival : on(heldOn, record.lastMoment()),
                        new StreetCommitteeElectionRecordedEvent(id, "e" + election, heldOn, "Голова " + number,
                                street));
                heldOn = heldOn.plusDays(700 + random.nextInt(100));
            }
            if (random.nextInt(10) == 0) {
                LocalDate dissolvedOn = establishedOn.plusDays(100 + random.nextInt(800));
                record.add(on(dissolvedOn, record.lastMoment()), new StreetCommitteeDissolvedEvent(id, street,
                        dissolvedOn, false));
            }
            return record;
        }

        Lifecycle commission() {
            Lifecycle record = record("Commission", "com");
            CommissionId id = new CommissionId(record.aggregateId);
            CommissionKind kind = pick(random, List.of(CommissionKind.values()), new double[]{0.6, 0.3, 0.1});
            CommissionPurpose purpose = pick(random, List.of(CommissionPurpose.values()),
                    new double[]{0.2, 0.1, 0.2, 0.2, 0.3});
            LocalDate establishedOn = arrivalDay.minusDays(random.nextInt(5));
            record.add(arrival, new CommissionEstablishedEvent(id, "Комісія № " + number, kind, establishedOn,
                    "Розпорядження голови № " + number, purpose));
            LocalDate heldOn = establishedOn;
            int meetings = random.nextInt(16);
            for (int meeting = 1; meeting <= meetings; meeting++) {
                heldOn = heldOn.plusDays(20 + random.nextInt(41));
                List<AgendaItem> agenda = new ArrayList<>();
                for (int item = 1; item <= 1 + random.nextInt(3); item++) {
                    agenda.add(new AgendaItem("i" + item, "Питання " + item, "Погоджено"));
                }
                record.add(on(heldOn, record.lastMoment()), new CommissionMeetingHeldEvent(id, "m" + meeting, kind,
                        purpose, heldOn, agenda, List.of()));
            }
            if (random.nextInt(10) == 0) {
                LocalDate abolishedOn = heldOn.plusDays(30 + random.nextInt(171));
                record.add(on(abolishedOn, record.lastMoment()), new CommissionAbolishedEvent(id, kind, purpose,
                        abolishedOn, false));
            }
            return record;
        }

        private Lifecycle record(String aggregateType, String prefix) {
            return new Lifecycle(tenant, aggregateType, tenant + ":" + prefix + "-" + number, number);
        }

        /** A moment in office hours of {@code day} or up to two days later, never before {@code earliest}. */
        private Instant on(LocalDate day, Instant earliest) {
            Instant moment = day.plusDays(random.nextInt(3)).atStartOfDay(ZoneOffset.UTC).toInstant()
                    .plus(OFFICE_OPENS).plusSeconds(random.nextInt(OFFICE_SECONDS));
            return moment.isAfter(earliest) ? moment : earliest.plusSeconds(60 + random.nextInt(3600));
        }

        /** A moment in office hours {@code days} after {@code previous}. */
        private Instant after(Instant previous, int days) {
            return on(LocalDate.ofInstant(previous, ZoneOffset.UTC).plusDays(days), previous);
        }
    }
}
