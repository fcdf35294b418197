#include "leader_fixtures.h"

#include "exchange/envelope.h"
#include "teacher_fixture.h"

#include <QDir>
#include <QFile>

namespace {

namespace v1 = ::kernwijzer::v1;

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QString qs(const std::string& utf8)
{
    return QString::fromStdString(utf8);
}

} // namespace

QString LeaderFixtures::writeKeyFile(const QString& folder)
{
    const QString path = QDir(folder).filePath(QStringLiteral("lotte.kwsleutel"));
    writeFile(path, kw::exchange::writeSecretKeyFile(kw::test::leaderKeys()));
    return path;
}

LeaderFixtures::LeaderFixtures(const QString& folder, QObject* parent)
    : QObject(parent)
    , m_teacher(std::make_unique<kw::test::ConversationTeacher>())
{
    using namespace kw;
    const QDir dir(folder);
    m_keyPath = dir.filePath(QStringLiteral("lotte.kwsleutel"));
    const SchoolProfile listed = test::profileWithLeaders();
    const QString profile = dir.filePath(QStringLiteral("met-leider.kwprofiel"));
    writeFile(profile, test::coSignedFile(listed, test::schoolKeys(), test::custodianKeys()));
    m_profile = QUrl::fromLocalFile(profile);
    SchoolProfile withoutLotte = listed;
    withoutLotte.leaders.removeFirst();
    const QString notListed = dir.filePath(QStringLiteral("zonder-lotte.kwprofiel"));
    writeFile(
        notListed, test::coSignedFile(withoutLotte, test::schoolKeys(), test::custodianKeys()));
    m_notListedProfile = QUrl::fromLocalFile(notListed);

    // The teacher prepares tomorrow's conversation in their own journal, with the teacher's code.
    if (Status s = m_teacher->open(); !s)
        qFatal("teacher journal: %s", qPrintable(s.error().message));
    conversation::PreparationDraft draft = conversation::PreparationDraft::fresh();
    draft.plannedOn = test::defaultNow().date().addDays(1);
    draft.points << conversation::DraftPoint { v1::AGENDA_PART_LOOKING_BACK,
        QStringLiteral("Het project met groep 3 over de bibliotheek.") }
                 << conversation::DraftPoint { v1::AGENDA_PART_ENERGY,
                        QStringLiteral("De werkdruk rond de rapporten in december.") };
    auto sent = m_teacher->conversations().sendPreparation(draft);
    if (!sent)
        qFatal("sendPreparation: %s", qPrintable(sent.error().message));
    m_teacherName = qs(sent->body.ref().teacher().name());
    const QString preparation = dir.filePath(QStringLiteral("tess.kwgesprek"));
    writeFile(preparation, sent->file);
    m_preparation = QUrl::fromLocalFile(preparation);
    dir.mkpath(QStringLiteral("leader-scratch"));
    m_scratch = QUrl::fromLocalFile(dir.filePath(QStringLiteral("leader-scratch")));
}

LeaderFixtures::~LeaderFixtures() = default;

QVariantMap LeaderFixtures::teacherReads(const QUrl& file)
{
    using namespace kw;
    auto bytes = exchange::readFileLimited(file.toLocalFile(), 1 << 20);
    if (!bytes)
        return { { QStringLiteral("error"), bytes.error().message } };
    auto imported = m_teacher->conversations().importVerslag(*bytes);
    if (!imported)
        return { { QStringLiteral("error"), imported.error().message } };
    const v1::Verslag& v = imported->body;
    QVariantList notes;
    for (const v1::PartNotes& n : v.notes())
        notes.append(QVariantMap { { QStringLiteral("part"), int(n.part()) },
            { QStringLiteral("ownPoints"), qs(n.own_points()) },
            { QStringLiteral("notes"), qs(n.notes()) } });
    QVariantList agreements;
    for (const v1::Agreement& a : v.agreements())
        agreements.append(QVariantMap { { QStringLiteral("what"), qs(a.what()) },
            { QStringLiteral("who"), qs(a.who()) }, { QStringLiteral("due"), qs(a.due()) },
            { QStringLiteral("kernwaarde"), qs(a.kernwaarde_id()) },
            { QStringLiteral("goalRef"), qs(a.goal_ref()) } });
    return { { QStringLiteral("error"), QString() }, { QStringLiteral("notes"), notes },
        { QStringLiteral("agreements"), agreements },
        { QStringLiteral("heldOn"), qs(v.held_on()) } };
}
