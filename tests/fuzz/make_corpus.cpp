// Writes one valid file of every kind into the seed corpus folders, so each fuzzer starts from
// inputs that reach deep into its parser: make_corpus DIR writes DIR/<target>/seed-*.
#include "conversation/conversation_file.h"
#include "exchange/aggregate_file.h"
#include "exchange/check_file.h"
#include "exchange/contribution_file.h"
#include "exchange/crypto.h"
#include "exchange/custodian_handover.h"
#include "exchange/demo_keys.h"
#include "exchange/envelope.h"
#include "exchange/metric_layout.h"
#include "exchange/profile_file.h"
#include "exchange/release_file.h"
#include "fuzz_backup_key.h"
#include "fuzz_conversation_keys.h"
#include "school/hr_part.h"
#include "school/release_check.h"
#include "school/release_maker.h"

#include <QDir>
#include <QFile>
#include <cstdio>

using namespace kw;
using namespace kw::exchange;

namespace {

/** The release seeds: a release, the check request before it and HR's answer. */
struct ReleaseSeeds
{
    QByteArray release;
    QByteArray checkRequest;
    QByteArray checkAnswer;
};

/**
 * A release of @p profile over twelve contributions in two teams, signed by the demo custodian:
 * its figures, listed contributions and HR's sealed parts all parse and check out; and the check
 * of its parts (the custodian's request, HR's answer: every part valid).
 */
Result<ReleaseSeeds> seedRelease(const SchoolProfile& profile)
{
    const MetricLayout layout = MetricLayout::forProfile(profile);
    QList<school::KeptContribution> kept;
    for (int n = 0; n < 12; ++n) {
        ContributionPart plain;
        plain.schoolId = profile.schoolId;
        plain.profileVersion = profile.version;
        plain.period = QStringLiteral("2026-2027/1of6");
        plain.cohort = { n < 6 ? QStringLiteral("onderbouw") : QStringLiteral("bovenbouw"),
            QStringLiteral("leraar"), {} };
        plain.layoutDigest = layout.digest();
        plain.values.assign(std::size_t(layout.slotCount()), std::uint64_t(n));
        plain.present.assign(std::size_t(layout.metrics().size()), true);
        auto file = writeContributionFile(plain, profile,
            crypto::hash("corpus teacher " + QByteArray::number(n)), systemRandom());
        if (!file)
            return file.error();
        auto part = openContributionFile(*file, demoCustodianKeys(), &profile);
        if (!part)
            return part.error();
        const auto envelope = readEnvelope(*file);
        kept.append({ *part, QByteArray::fromStdString(envelope->seals(0).SerializeAsString()) });
    }
    auto draft = school::draftRelease(profile, QStringLiteral("2026-2027/1of6"), {}, kept);
    if (!draft)
        return draft.error();
    CheckRequest check { profile.schoolId, profile.version, draft->release.period, {} };
    for (const ReleasedContribution& c : draft->release.contributions) {
        for (const school::KeptContribution& k : std::as_const(kept))
            if (k.part.submissionId == c.submissionId)
                check.parts.append({ c, k.hrSeal });
    }
    auto request = writeCheckRequest(check, demoCustodianKeys());
    auto answer = request ? school::answerCheckRequest(*request, profile, demoSchoolKeys())
                          : Result<CheckAnswer>(request.error());
    auto answerFile
        = answer ? writeCheckAnswer(*answer, demoSchoolKeys()) : Result<QByteArray>(answer.error());
    auto release = writeReleaseFile(draft->release, demoCustodianKeys());
    if (!release || !answerFile)
        return (release ? answerFile : release).error();
    return ReleaseSeeds { *release, *request, *answerFile };
}

/**
 * HR's aggregate of @p release for the bestuur, signed by the demo HR: the release checked in
 * full as HR checks it, its figures with their true sums, and @p profileFile inside.
 */
Result<QByteArray> seedAggregate(
    const SchoolProfile& profile, const QByteArray& profileFile, const QByteArray& release)
{
    auto checked = school::checkRelease(release, profile, demoSchoolKeys(), {});
    if (!checked)
        return checked.error();
    const MetricLayout layout = MetricLayout::forProfile(profile);
    Aggregate aggregate { profile.schoolId, profile.version, checked->release.period,
        checked->release.releaseNumber, profileFile, {} };
    for (const CellKey& cell : releaseCells(profile))
        aggregate.cells.append({ cell, {} });
    for (const school::GroupFigure& f : checked->figures) {
        const int c = int(releaseCells(profile).indexOf(f.cell));
        aggregate.cells[c].metrics.append(
            { layout.indexOf(f.metricId), f.reason, f.contributors, f.sum, f.sumSquares });
    }
    return writeAggregateFile(aggregate, demoSchoolKeys());
}

/** A conversation's three files and what is inside each seal, as the fuzz_conversation seeds. */
struct ConversationSeeds
{
    QList<std::pair<QString, QByteArray>> files;
};

v1::SignedConversation innerOf(const QByteArray& bodyBytes, const QByteArray& signature)
{
    v1::SignedConversation inner;
    inner.set_body(bodyBytes.toStdString());
    inner.set_signature(signature.toStdString());
    return inner;
}

/**
 * A preparation with an item of every source and a wellbeing series, the leader's verslag of it
 * with notes and two agreements, and the teacher's response, sealed to the corpus keys.
 */
Result<ConversationSeeds> seedConversation()
{
    namespace c = kw::conversation;
    const c::OwnKeys& teacher = fuzz::corpusTeacher();
    const c::OwnKeys& leader = fuzz::corpusLeader();
    v1::Preparation p;
    v1::ConversationRef* ref = p.mutable_ref();
    ref->set_conversation_id(std::string(16, '\x5a'));
    ref->set_revision(1);
    ref->set_school_id("corpus-school");
    for (const auto& [party, name, keys] : { std::tuple { ref->mutable_teacher(), "Anna", teacher },
             std::tuple { ref->mutable_leader(), "Bram", leader } }) {
        party->set_name(name);
        party->set_sign_key(keys.signPublic.toStdString());
        party->set_box_key(keys.boxPublic.toStdString());
    }
    p.set_planned_on("2026-12-03");
    p.set_team_id("bovenbouw");
    p.set_written_on("2026-11-28");
    for (int source = v1::AgendaItem::SOURCE_OWN; source <= v1::AgendaItem::SOURCE_AGREEMENT;
         ++source) {
        v1::AgendaItem* item = p.add_items();
        item->set_part(v1::AgendaPart(1 + source % 4));
        item->set_source(v1::AgendaItem::Source(source));
        item->set_title("Punt");
        item->set_text("Tekst\nmet een tweede regel");
        item->add_kernwaarde_ids("vertrouwen");
        item->set_day("2026-10-14");
        if (source == v1::AgendaItem::SOURCE_GOAL)
            item->set_goal_ref("goal-1");
        if (source == v1::AgendaItem::SOURCE_AGREEMENT)
            item->set_agreement_id(std::string(16, '\x11'));
    }
    v1::WellbeingSeries* series = p.mutable_wellbeing()->add_series();
    series->set_instrument_id("who5");
    series->set_name("WHO-5");
    v1::WellbeingPoint* point = series->add_points();
    point->set_period_start("2026-09-01");
    point->set_score(64);
    auto preparation = c::writePreparation(p, teacher);
    if (!preparation)
        return preparation.error();
    auto openedPreparation = c::openPreparation(*preparation, leader);
    if (!openedPreparation)
        return openedPreparation.error();

    v1::Verslag v;
    *v.mutable_ref() = p.ref();
    v.set_preparation_digest(openedPreparation->digest.toStdString());
    v.set_held_on("2026-12-03");
    v.set_written_on("2026-12-04");
    v1::PartNotes* notes = v.add_notes();
    notes->set_part(v1::AGENDA_PART_ENERGY);
    notes->set_own_points("Eigen punt");
    notes->set_notes("Aantekening");
    for (const char id : { '\x21', '\x22' }) {
        v1::Agreement* a = v.add_agreements();
        a->set_id(std::string(16, id));
        a->set_what("Afspraak");
        a->set_who("teacher");
        a->set_due("2027-02-01");
        a->set_kernwaarde_id("vertrouwen");
    }
    auto verslag = c::writeVerslag(v, leader);
    if (!verslag)
        return verslag.error();
    auto openedVerslag = c::openVerslag(*verslag, teacher);
    if (!openedVerslag)
        return openedVerslag.error();

    v1::Response r;
    *r.mutable_ref() = p.ref();
    r.set_verslag_digest(openedVerslag->digest.toStdString());
    r.set_written_on("2026-12-06");
    r.set_reaction("Dank je wel.");
    for (int i = 0; i < v.agreements_size(); ++i) {
        v1::AgreementAnswer* answer = r.add_answers();
        answer->set_agreement_id(v.agreements(i).id());
        answer->set_status(
            i == 0 ? v1::AgreementAnswer::STATUS_AGREED : v1::AgreementAnswer::STATUS_SEEN);
        answer->set_reaction("Reactie");
    }
    auto response = c::writeResponse(r, teacher);
    if (!response)
        return response.error();
    auto openedResponse = c::openResponse(*response, leader);
    if (!openedResponse)
        return openedResponse.error();

    const auto inner = [](const auto& opened) {
        return QByteArray::fromStdString(
            innerOf(opened.bodyBytes, opened.signature).SerializeAsString());
    };
    return ConversationSeeds { {
        { QStringLiteral("seed-preparation"), *preparation },
        { QStringLiteral("seed-verslag"), *verslag },
        { QStringLiteral("seed-response"), *response },
        { QStringLiteral("seed-inner-preparation"), inner(*openedPreparation) },
        { QStringLiteral("seed-inner-verslag"), inner(*openedVerslag) },
        { QStringLiteral("seed-inner-response"), inner(*openedResponse) },
    } };
}

bool write(const QDir& dir, const QString& target, const QString& name, const QByteArray& bytes)
{
    if (!dir.mkpath(target))
        return false;
    QFile file(dir.filePath(target + QLatin1Char('/') + name));
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_corpus DIR\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    const SchoolProfile profile = demoProfile();
    auto profileFile
        = demoProfileFile(profile, QDate(2026, 11, 20)); // fixed: same corpus every run
    if (!profileFile) {
        std::fprintf(stderr, "%s\n", qPrintable(profileFile.error().message));
        return 1;
    }

    const MetricLayout layout = MetricLayout::forProfile(profile);
    ContributionPart plain;
    plain.schoolId = profile.schoolId;
    plain.profileVersion = profile.version;
    plain.period = QStringLiteral("2026-2027/1of6");
    plain.cohort
        = { QStringLiteral("bovenbouw"), QStringLiteral("leraar"), QStringLiteral("45-54") };
    const QByteArray deviceSecret = crypto::hash("corpus device");
    plain.layoutDigest = layout.digest();
    plain.values.assign(std::size_t(layout.slotCount()), 1);
    plain.present.assign(std::size_t(layout.metrics().size()), true);
    auto contribution = writeContributionFile(plain, profile, deviceSecret, systemRandom());
    if (!contribution) {
        std::fprintf(stderr, "%s\n", qPrintable(contribution.error().message));
        return 1;
    }
    // The custodian's opened part, for the share parser.
    auto envelope = readEnvelope(*contribution);
    const KeySet custodian = demoCustodianKeys();
    const auto opened = crypto::openSeal(QByteArray::fromStdString(envelope->seals(1).sealed()),
        custodian.boxPublic, custodian.boxSecret);

    // A school of its own (the demo keys are for the demo school only), its custodian's handover
    // to a successor, and version 2 of its profile that carries it.
    const auto seeded = [](::kernwijzer::v1::Party party, const char* name) {
        return createKeySet(
            party, QString::fromLatin1(name), QStringLiteral("corpus"), crypto::hash(name));
    };
    const KeySet hr = seeded(::kernwijzer::v1::PARTY_SCHOOL, "corpus hr");
    const KeySet outgoing = seeded(::kernwijzer::v1::PARTY_CUSTODIAN, "corpus custodian");
    const KeySet successor = seeded(::kernwijzer::v1::PARTY_CUSTODIAN, "corpus successor");
    SchoolProfile base = profile;
    base.schoolId = QStringLiteral("corpus-school");
    base.validUntil = QDate(2027, 7, 31);
    base.school = hr.holder();
    base.custodian = outgoing.holder();
    base.custodian.contact = profile.custodian.contact;
    auto handover = createHandoverFile(base, outgoing, successor, QDate(2026, 11, 20));
    SchoolProfile next = base;
    next.version = base.version + 1;
    next.custodian = successor.holder();
    next.custodian.contact = profile.custodian.contact;
    if (handover)
        next.handovers = { *handover };
    auto nextFile = createProfileFile(next, hr);
    auto nextSigned = nextFile ? signProfileFile(*nextFile, successor) : nextFile;
    if (!handover || !nextSigned) {
        std::fprintf(
            stderr, "%s\n", qPrintable((handover ? nextSigned.error() : handover.error()).message));
        return 1;
    }

    auto release = seedRelease(profile);
    if (!release) {
        std::fprintf(stderr, "%s\n", qPrintable(release.error().message));
        return 1;
    }

    auto aggregate = seedAggregate(profile, *profileFile, release->release);
    if (!aggregate) {
        std::fprintf(stderr, "%s\n", qPrintable(aggregate.error().message));
        return 1;
    }

    auto conversation = seedConversation();
    if (!conversation) {
        std::fprintf(stderr, "%s\n", qPrintable(conversation.error().message));
        return 1;
    }
    for (const auto& [name, bytes] : conversation->files) {
        if (!write(dir, QStringLiteral("fuzz_conversation"), name, bytes))
            return 1;
        if (!name.contains(QStringLiteral("inner"))
            && !write(dir, QStringLiteral("fuzz_envelope"), name, bytes))
            return 1;
    }

    const QByteArray secretKeys = writeSecretKeyFile(custodian);
    const QByteArray publicKeys = writePublicKeyFile(demoSchoolKeys());
    const bool ok
        = write(dir, QStringLiteral("fuzz_profile"), QStringLiteral("seed-profile"), *profileFile)
        && write(
            dir, QStringLiteral("fuzz_contribution"), QStringLiteral("seed-file"), *contribution)
        && opened
        && write(dir, QStringLiteral("fuzz_contribution"), QStringLiteral("seed-share"), *opened)
        && write(dir, QStringLiteral("fuzz_keys"), QStringLiteral("seed-secret"), secretKeys)
        && write(dir, QStringLiteral("fuzz_keys"), QStringLiteral("seed-public"), publicKeys)
        && write(dir, QStringLiteral("fuzz_handover"), QStringLiteral("seed-handover"), *handover)
        && write(
            dir, QStringLiteral("fuzz_release"), QStringLiteral("seed-release"), release->release)
        && write(dir, QStringLiteral("fuzz_check"), QStringLiteral("seed-request"),
            release->checkRequest)
        && write(
            dir, QStringLiteral("fuzz_check"), QStringLiteral("seed-answer"), release->checkAnswer)
        && write(
            dir, QStringLiteral("fuzz_aggregate"), QStringLiteral("seed-aggregate"), *aggregate)
        && write(
            dir, QStringLiteral("fuzz_profile"), QStringLiteral("seed-handed-over"), *nextSigned)
        && write(dir, QStringLiteral("fuzz_keys"), QStringLiteral("seed-locked"),
            writeSecretKeyFile(custodian, "corpus passphrase")) // parsed, never unlocked
        // A one-chunk backup and one of two chunks (the second one short and FINAL).
        && write(dir, QStringLiteral("fuzz_backup"), QStringLiteral("seed-small"),
            fuzz::corpusBackup(QByteArray("SQLite format 3\0").append(200, 'j')))
        && write(dir, QStringLiteral("fuzz_backup"), QStringLiteral("seed-two-chunks"),
            fuzz::corpusBackup(QByteArray(backup::kChunkBytes + 100, 'k')));
    for (const auto& [name, bytes] : { std::pair { QStringLiteral("seed-profile"), *profileFile },
             std::pair { QStringLiteral("seed-contribution"), *contribution },
             std::pair { QStringLiteral("seed-secret"), secretKeys },
             std::pair { QStringLiteral("seed-public"), publicKeys },
             std::pair { QStringLiteral("seed-handover"), *handover },
             std::pair { QStringLiteral("seed-release"), release->release },
             std::pair { QStringLiteral("seed-aggregate"), *aggregate } }) {
        if (!write(dir, QStringLiteral("fuzz_envelope"), name, bytes))
            return 1;
    }
    return ok ? 0 : 1;
}
