package ua.hromada.reporting;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;

import ua.hromada.registry.api.act.ActAdoptedEvent;
import ua.hromada.registry.api.act.ActDetails;
import ua.hromada.registry.api.act.ActDraftedEvent;
import ua.hromada.registry.api.act.ActId;
import ua.hromada.registry.api.act.ActKind;
import ua.hromada.registry.api.act.ActWithdrawnEvent;
import ua.hromada.registry.api.appeal.AppealChannel;
import ua.hromada.registry.api.appeal.CitizenAppealId;
import ua.hromada.registry.api.appeal.CitizenAppealReceivedEvent;
import ua.hromada.registry.api.budget.BudgetProjectAdmittedEvent;
import ua.hromada.registry.api.budget.BudgetProjectId;
import ua.hromada.registry.api.budget.BudgetProjectSubmittedEvent;
import ua.hromada.registry.api.budget.BudgetProjectWinnerDeclaredEvent;
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
import ua.hromada.registry.api.correspondence.OutgoingDocumentId;
import ua.hromada.registry.api.correspondence.OutgoingDocumentKind;
import ua.hromada.registry.api.correspondence.OutgoingDocumentSentEvent;
import ua.hromada.registry.api.organisation.OrganisationCorrectedEvent;
import ua.hromada.registry.api.organisation.OrganisationDetails;
import ua.hromada.registry.api.organisation.OrganisationId;
import ua.hromada.registry.api.organisation.OrganisationKind;
import ua.hromada.registry.api.organisation.OrganisationLiquidatedEvent;
import ua.hromada.registry.api.organisation.OrganisationRegisteredEvent;
import ua.hromada.registry.api.organisation.OrganisationWithdrawnEvent;
import ua.hromada.registry.api.petition.PetitionAnsweredEvent;
import ua.hromada.registry.api.petition.PetitionId;
import ua.hromada.registry.api.petition.PetitionPublishedEvent;
import ua.hromada.registry.api.petition.PetitionSubmittedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeElectionRecordedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeEstablishedEvent;
import ua.hromada.registry.api.streetcommittee.StreetCommitteeId;

/**
 * A deterministic history of one council's registry events over {@code 2019–2021}, with lifecycles, corrections
 * and withdrawals recorded at increasing moments: what the ledger's tests replay. Same seed, same events.
 */
public final class RegistryHistory {

    private final String tenant;
    private final Random random;
    private final List<DomainEventMessage<?>> events = new ArrayList<>();
    private Instant clock;

    public RegistryHistory(String tenant, long seed, Instant firstRecordedAt) {
        this.tenant = tenant;
        this.random = new Random(seed);
        this.clock = firstRecordedAt;
    }

    /** About {@code records} records of every register, 3 to 4 events each on average. */
    public List<DomainEventMessage<?>> generate(int records) {
        for (int i = 0; i < records; i++) {
            String id = "r" + i;
            switch (i % 9) {
                case 0 -> organisation(id);
                case 1, 2 -> incomingDocument(id);
                case 3 -> append(id, 0, new OutgoingDocumentSentEvent(new OutgoingDocumentId(id),
                        random.nextBoolean() ? OutgoingDocumentKind.INTERNAL : OutgoingDocumentKind.EXTERNAL,
                        day(), null, null, null, null));
                case 4 -> append(id, 0, new CitizenAppealReceivedEvent(new CitizenAppealId(id),
                        pick(AppealChannel.values()), day(), "Тема", null, null));
                case 5 -> act(id);
                case 6 -> petitionOrProject(id);
                case 7 -> streetCommittee(id);
                default -> commission(id);
            }
        }
        return events;
    }

    private void organisation(String id) {
        OrganisationKind kind = pick(OrganisationKind.values());
        LocalDate registeredOn = day().minusYears(random.nextInt(3));
        OrganisationId organisationId = new OrganisationId(id);
        append(id, 0, new OrganisationRegisteredEvent(organisationId, kind, "Організація " + id, registeredOn, null, null));
        int next = 1;
        if (random.nextInt(4) == 0) {
            OrganisationDetails recorded = new OrganisationDetails(kind, "Організація " + id, registeredOn, null, null, null);
            OrganisationDetails corrected = new OrganisationDetails(pick(OrganisationKind.values()), "Організація " + id,
                    registeredOn.plusDays(random.nextInt(200)), null, null, null);
            append(id, next++, new OrganisationCorrectedEvent(organisationId, recorded, corrected, "помилка"));
            kind = corrected.kind();
            registeredOn = corrected.registeredOn();
            if (random.nextInt(3) == 0) {
                append(id, next, new OrganisationWithdrawnEvent(organisationId, corrected, "внесено помилково"));
                return;
            }
        }
        if (random.nextInt(3) == 0) {
            append(id, next, new OrganisationLiquidatedEvent(organisationId, kind, registeredOn.plusDays(30 + random.nextInt(500))));
        }
    }

    private void incomingDocument(String id) {
        IncomingDocumentKind kind = pick(IncomingDocumentKind.values());
        LocalDate receivedOn = day();
        IncomingDocumentId documentId = new IncomingDocumentId(id);
        append(id, 0, new IncomingDocumentReceivedEvent(documentId, kind, receivedOn, "Відправник", "Тема", null, null, false));
        int next = 1;
        LocalDate answeredOn = null;
        if (random.nextInt(3) > 0) {
            answeredOn = receivedOn.plusDays(random.nextInt(30));
            append(id, next++, new IncomingDocumentAnsweredEvent(documentId, kind, answeredOn));
        }
        boolean onControl = false;
        if (random.nextInt(5) == 0) {
            append(id, next++, new IncomingDocumentPutOnLongTermControlEvent(documentId, receivedOn));
            onControl = true;
            if (random.nextBoolean()) {
                append(id, next++, new IncomingDocumentTakenOffLongTermControlEvent(documentId, receivedOn,
                        receivedOn.plusDays(10 + random.nextInt(300))));
                onControl = false;
            }
        }
        if (random.nextInt(6) == 0) {
            IncomingDocumentDetails current = new IncomingDocumentDetails(kind, receivedOn, "Відправник", "Тема", null,
                    answeredOn, onControl);
            IncomingDocumentDetails corrected = new IncomingDocumentDetails(pick(IncomingDocumentKind.values()),
                    receivedOn, "Відправник", "Тема", null, answeredOn, random.nextBoolean());
            append(id, next, new IncomingDocumentCorrectedEvent(documentId, current, corrected, "помилка"));
        }
    }

    private void act(String id) {
        ActKind kind = pick(ActKind.values());
        LocalDate draftedOn = day();
        boolean byDepartment = random.nextBoolean();
        ActId actId = new ActId(id);
        ActDetails details = new ActDetails(kind, "N" + id, "Акт", draftedOn, kind == ActKind.DRAFT_DECISION ? null
                : draftedOn.plusDays(5), null, byDepartment);
        append(id, 0, new ActDraftedEvent(actId, kind, "N" + id, "Акт", draftedOn, byDepartment, details));
        if (kind != ActKind.DRAFT_DECISION) {
            append(id, 1, new ActAdoptedEvent(actId, kind, "N" + id, "Акт", draftedOn.plusDays(5), byDepartment, null));
            if (random.nextInt(10) == 0) {
                append(id, 2, new ActWithdrawnEvent(actId, details, "помилка"));
            }
        }
    }

    private void petitionOrProject(String id) {
        LocalDate submittedOn = day();
        if (random.nextBoolean()) {
            PetitionId petitionId = new PetitionId(id);
            append(id, 0, new PetitionSubmittedEvent(petitionId, "Петиція", submittedOn, "Автор", null));
            if (random.nextBoolean()) {
                append(id, 1, new PetitionPublishedEvent(petitionId, submittedOn, submittedOn.plusDays(2)));
                if (random.nextBoolean()) {
                    append(id, 2, new PetitionAnsweredEvent(petitionId, submittedOn, submittedOn.plusDays(40)));
                }
            }
        } else {
            BudgetProjectId projectId = new BudgetProjectId(id);
            int year = submittedOn.getYear() + 1;
            append(id, 0, new BudgetProjectSubmittedEvent(projectId, year, submittedOn, "Проєкт", "Автор", "освіта",
                    BigDecimal.valueOf(100_000), null));
            if (random.nextBoolean()) {
                append(id, 1, new BudgetProjectAdmittedEvent(projectId, year));
                if (random.nextBoolean()) {
                    append(id, 2, new BudgetProjectWinnerDeclaredEvent(projectId, year));
                }
            }
        }
    }

    private void streetCommittee(String id) {
        LocalDate establishedOn = day().minusYears(1);
        StreetCommitteeId committeeId = new StreetCommitteeId(id);
        append(id, 0, new StreetCommitteeEstablishedEvent(committeeId, "вул. " + id, establishedOn));
        append(id, 1, new StreetCommitteeElectionRecordedEvent(committeeId, "e1", establishedOn.plusDays(random.nextInt(300)),
                "Голова", "вул. " + id));
    }

    private void commission(String id) {
        LocalDate establishedOn = day().minusYears(1);
        CommissionId commissionId = new CommissionId(id);
        CommissionKind kind = pick(CommissionKind.values());
        CommissionPurpose purpose = pick(CommissionPurpose.values());
        append(id, 0, new CommissionEstablishedEvent(commissionId, "Комісія " + id, kind, establishedOn, null, purpose));
        for (int meeting = 1; meeting <= random.nextInt(4); meeting++) {
            append(id, meeting, new CommissionMeetingHeldEvent(commissionId, "m" + meeting, kind, purpose,
                    establishedOn.plusDays(meeting * 40L), List.of(), List.of()));
        }
    }

    /** A business day in 2019–2021. */
    private LocalDate day() {
        return LocalDate.of(2019, 1, 1).plusDays(random.nextInt(3 * 365));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private void append(String recordId, long sequence, Object payload) {
        clock = clock.plus(Duration.ofMinutes(1 + random.nextInt(600)));
        events.add(new GenericDomainEventMessage<>(payload.getClass().getSimpleName(), tenant + ":" + recordId,
                sequence, new GenericEventMessage<>(payload, MetaData.with("tenant", tenant)), clock));
    }
}
