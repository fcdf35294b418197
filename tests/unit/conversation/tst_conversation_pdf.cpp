// The conversation's A4 PDFs (core/reports/conversation_pdf): the signed verslag for the
// bekwaamheidsdossier and the leader's access-request export, rendered and read back.
#include "conversation/conversation_file.h"
#include "conversation_samples.h"
#include "exchange/crypto.h"
#include "reports/conversation_pdf.h"
#include "reports/report_pdf.h"
#include "test_support.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace kw;
using kw::test::pdfText;

namespace {

namespace v1 = ::kernwijzer::v1;

struct Signed
{
    test::ConversationCast cast;
    v1::Preparation preparation;
    v1::Verslag verslag;
    v1::Response response;
};

Signed signedConversation(bool wellbeing)
{
    Signed s;
    s.preparation = test::samplePreparation(s.cast.teacher, s.cast.leader, wellbeing);
    s.verslag = test::sampleVerslag(s.preparation,
        conversation::bodyDigest(QByteArray::fromStdString(s.preparation.SerializeAsString())));
    s.response = test::sampleResponse(s.verslag,
        conversation::bodyDigest(QByteArray::fromStdString(s.verslag.SerializeAsString())));
    return s;
}

SchoolProfile profile()
{
    SchoolProfile p;
    p.schoolId = QStringLiteral("demo-school");
    p.schoolName = QStringLiteral("Obs De Kompasroos");
    p.kernwaarden << Kernwaarde { QStringLiteral("vertrouwen"), QStringLiteral("Vertrouwen"), {},
        QStringLiteral("#1F4E79") };
    return p;
}

QString render(const ReportDocument& d, const QString& path)
{
    const Status written = writeReportPdf(d, path);
    if (!written)
        return QStringLiteral("<not written: %1>").arg(written.error().message);
    if (qEnvironmentVariableIsSet("KW_KEEP_PDF"))
        QFile::copy(path, qEnvironmentVariable("KW_KEEP_PDF") + QFileInfo(path).fileName());
    return pdfText(path);
}

const QLocale english(QLocale::English, QLocale::UnitedKingdom);
const QDate today(2026, 12, 8);

} // namespace

#define CHECK_CONTAINS(text, piece)                                                                \
    QVERIFY2((text).contains(piece), qPrintable(QStringLiteral("missing: ") + (piece)))
#define CHECK_LACKS(text, piece)                                                                   \
    QVERIFY2(!(text).contains(piece, Qt::CaseInsensitive),                                         \
        qPrintable(QStringLiteral("present: ") + (piece)))

class TstConversationPdf : public QObject
{
    Q_OBJECT

private slots:
    void signedVerslagShowsEverythingOfTheRecord();
    void wellbeingOnlyWhenShared();
    void verslagBeforeTheResponse();
    void accessExportHoldsEveryConversation();
    void storedRecordIsCheckedBeforePrinting();
};

void TstConversationPdf::signedVerslagShowsEverythingOfTheRecord()
{
    const Signed s = signedConversation(false);
    QTemporaryDir dir;
    const QString pdf
        = render(verslagReport(s.preparation, s.verslag, s.response, profile(), today, english),
            dir.filePath(QStringLiteral("verslag.pdf")));
    for (const QString& piece :
        { QStringLiteral("Verslag of the waarderingsgesprek"), QStringLiteral("Obs De Kompasroos"),
            QStringLiteral("Teacher: Anna de Vries · signing key ")
                + crypto::fingerprint(s.cast.teacher.signPublic),
            QStringLiteral("Leader: Bram Jansen · signing key ")
                + crypto::fingerprint(s.cast.leader.signPublic),
            QStringLiteral("Held on 3 December 2026"),
            // the four parts, with the teacher's items as shared
            QStringLiteral("Looking back and appreciation"), QStringLiteral("Energy and balance"),
            QStringLiteral("Talent and growth"), QStringLiteral("Future and agreements"),
            QStringLiteral("Trots op het leesproject"),
            QStringLiteral("Het kindgesprek met Sem gaf me energie."),
            QStringLiteral("14 October 2026 · Vertrouwen"), QStringLiteral("Formatief handelen"),
            QStringLiteral("Bouwcoördinator worden"),
            // the leader's points and notes
            QStringLiteral("The leader's points: Compliment voor het leesproject"),
            QStringLiteral("Notes: Woensdagmiddag is zwaar; vergaderingen schuiven."),
            // agreements with status and reaction
            QStringLiteral("1. Leesproject presenteren in de teamvergadering Who: Anna de "
                           "Vries · by 1 February 2027 · Vertrouwen Status: akkoord (agreed) "
                           "Reaction: Graag, in februari."),
            QStringLiteral("2. Minder vergaderingen op woensdag Who: Bram Jansen · POP goal "
                           "Formatief handelen Status: gezien (seen, not agreed) Reaction: Ik "
                           "twijfel of dat lukt."),
            // (pdftotext writes "fi" as a ligature, so "Een fijn gesprek" is checked from here)
            QStringLiteral("gesprek, dank je wel."),
            QStringLiteral("Signed by both on 6 December 2026"),
            QStringLiteral("Made with Kernwijzer on 8 December 2026") })
        CHECK_CONTAINS(pdf, piece);
    CHECK_LACKS(pdf, QStringLiteral("not answered yet"));
    CHECK_LACKS(pdf, QStringLiteral("WHO-5"));
}

void TstConversationPdf::wellbeingOnlyWhenShared()
{
    QTemporaryDir dir;
    const Signed without = signedConversation(false);
    const ReportDocument plain = verslagReport(
        without.preparation, without.verslag, without.response, profile(), today, english);
    const QString plainPdf = render(plain, dir.filePath(QStringLiteral("a.pdf")));
    CHECK_CONTAINS(plainPdf, QStringLiteral("Anna de Vries")); // read, so absence means something
    for (const QString& text :
        { plainPdf, plain.allText().join(QLatin1Char('\n')), reportHtml(plain) }) {
        CHECK_LACKS(text, QStringLiteral("Wellbeing"));
        CHECK_LACKS(text, QStringLiteral("WHO-5"));
    }

    const Signed with = signedConversation(true);
    const QString pdf = render(
        verslagReport(with.preparation, with.verslag, with.response, profile(), today, english),
        dir.filePath(QStringLiteral("b.pdf")));
    CHECK_CONTAINS(pdf, QStringLiteral("Wellbeing (shared by the teacher for this conversation)"));
    CHECK_CONTAINS(pdf, QStringLiteral("WHO-5"));
    CHECK_CONTAINS(pdf, QStringLiteral("48"));
}

void TstConversationPdf::verslagBeforeTheResponse()
{
    const Signed s = signedConversation(false);
    QTemporaryDir dir;
    const QString pdf
        = render(verslagReport(s.preparation, s.verslag, std::nullopt, profile(), today, english),
            dir.filePath(QStringLiteral("v.pdf")));
    CHECK_CONTAINS(pdf, QStringLiteral("Status: not answered yet"));
    CHECK_CONTAINS(pdf, QStringLiteral("The teacher has not responded yet."));
    CHECK_LACKS(pdf, QStringLiteral("Reaction:"));
    CHECK_CONTAINS(pdf,
        QStringLiteral("Signed by the leader on 4 December 2026; the teacher has "
                       "not signed yet."));
    CHECK_LACKS(pdf, QStringLiteral("Signed by both"));
}

void TstConversationPdf::accessExportHoldsEveryConversation()
{
    const Signed s = signedConversation(true);
    conversation::LeaderTeacherRecord record;
    record.name = test::kSampleTeacherName;
    record.teamId = QStringLiteral("bovenbouw");
    record.teamName = QStringLiteral("Bovenbouw");
    record.signKey = s.cast.teacher.signPublic;
    record.boxKey = s.cast.teacher.boxPublic;
    record.leftOn = QDate(2026, 12, 1);
    record.deleteOn = QDate(2028, 12, 1);
    record.leaderName = test::kSampleLeaderName;
    record.schoolName = QStringLiteral("Obs De Kompasroos");

    conversation::ConversationRecord closed;
    closed.id = QByteArray::fromStdString(s.preparation.ref().conversation_id());
    closed.teacherName = record.name;
    closed.plannedOn = QDate(2026, 12, 3);
    closed.state = conversation::ConversationState::Closed;
    closed.preparation = { s.preparation, {}, {}, 1 };
    closed.verslag = conversation::SignedFile<v1::Verslag> { s.verslag, {}, {}, 1 };
    closed.response = conversation::SignedFile<v1::Response> { s.response, {}, {}, 1 };
    record.conversations << closed;

    // A later conversation the leader has only drafted notes for.
    conversation::ConversationRecord drafted;
    v1::Preparation next = s.preparation;
    next.mutable_ref()->set_conversation_id(test::sampleId('\x6b'));
    next.set_planned_on("2027-06-10");
    next.clear_wellbeing();
    next.mutable_items(0)->set_title("Terug naar het leesproject");
    drafted.id = QByteArray::fromStdString(next.ref().conversation_id());
    drafted.teacherName = record.name;
    drafted.plannedOn = QDate(2027, 6, 10);
    drafted.preparation = { next, {}, {}, 2 };
    v1::PartNotes* note = drafted.draft.add_notes();
    note->set_part(v1::AGENDA_PART_FUTURE);
    note->set_notes("Concept: opleiding bespreken");
    record.conversations << drafted;

    QTemporaryDir dir;
    const QString pdf = render(accessExportReport(record, profile(), today, english),
        dir.filePath(QStringLiteral("inzage.pdf")));
    for (const QString& piece :
        { QStringLiteral("Everything held about Anna de Vries"),
            QStringLiteral("held by Bram Jansen"), QStringLiteral("Team: Bovenbouw"),
            QStringLiteral("signing ") + crypto::fingerprint(s.cast.teacher.signPublic),
            QStringLiteral("Out of service since 1 December 2026"),
            QStringLiteral("deleted on 1 December 2028"), QStringLiteral("Conversations: 2"),
            QStringLiteral("Conversation of 3 December 2026"),
            QStringLiteral("Conversation of 10 June 2027"),
            QStringLiteral("Het kindgesprek met Sem gaf me energie."),
            QStringLiteral("Terug naar het leesproject"), QStringLiteral("Woensdagmiddag is zwaar"),
            QStringLiteral("Concept: opleiding bespreken"), QStringLiteral("draft"),
            QStringLiteral("februari"), QStringLiteral("gesprek, dank je wel."),
            QStringLiteral("WHO-5"), QString::fromLatin1(closed.id.toHex()) })
        CHECK_CONTAINS(pdf, piece);
}

void TstConversationPdf::storedRecordIsCheckedBeforePrinting()
{
    using namespace kw::conversation;
    const test::ConversationCast cast;
    const v1::Preparation p = test::samplePreparation(cast.teacher, cast.leader);
    const auto prepared = openPreparation(writePreparation(p, cast.teacher).value(), cast.leader);
    const v1::Verslag v = test::sampleVerslag(p, prepared->digest);
    const auto held = openVerslag(writeVerslag(v, cast.leader).value(), cast.teacher);
    const auto responded = openResponse(
        writeResponse(test::sampleResponse(v, held->digest), cast.teacher).value(), cast.leader);
    StoredConversation stored { prepared->bodyBytes, prepared->signature, held->bodyBytes,
        held->signature, responded->bodyBytes, responded->signature };

    auto report = checkedVerslagReport(stored, profile(), today, english);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    const QString text = report->allText().join(QLatin1Char('\n'));
    CHECK_CONTAINS(text, QStringLiteral("Signed by both on 6 December 2026"));

    StoredConversation noResponse = stored;
    noResponse.responseBody.clear();
    noResponse.responseSignature.clear();
    report = checkedVerslagReport(noResponse, profile(), today, english);
    QVERIFY(report.ok());
    CHECK_CONTAINS(report->allText().join(QLatin1Char('\n')), QStringLiteral("not answered yet"));

    StoredConversation noVerslag = noResponse;
    noVerslag.verslagBody.clear();
    QCOMPARE(checkedVerslagReport(noVerslag, profile(), today, english).error().code,
        Error::Code::NotFound);

    // A body changed in the store: its signature no longer checks out.
    StoredConversation changed = stored;
    changed.verslagBody.replace("woensdag", "zaterdag"); // same length: still parses
    QCOMPARE(checkedVerslagReport(changed, profile(), today, english).error().code,
        Error::Code::Untrusted);

    // A response to another verslag (a second revision): signed, but not this record.
    v1::Verslag second = v;
    second.mutable_ref()->set_revision(2);
    const auto heldAgain = openVerslag(writeVerslag(second, cast.leader).value(), cast.teacher);
    StoredConversation mixed = stored;
    mixed.verslagBody = heldAgain->bodyBytes;
    mixed.verslagSignature = heldAgain->signature;
    auto refused = checkedVerslagReport(mixed, profile(), today, english);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("answers another verslag")),
        qPrintable(refused.error().message));

    // A verslag of another conversation under this preparation.
    v1::Preparation other = p;
    other.mutable_ref()->set_conversation_id(test::sampleId('\x77'));
    const auto otherPrepared
        = openPreparation(writePreparation(other, cast.teacher).value(), cast.leader);
    StoredConversation foreign = stored;
    foreign.preparationBody = otherPrepared->bodyBytes;
    foreign.preparationSignature = otherPrepared->signature;
    refused = checkedVerslagReport(foreign, profile(), today, english);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("another conversation")),
        qPrintable(refused.error().message));
}

QTEST_MAIN(TstConversationPdf)
#include "tst_conversation_pdf.moc"
