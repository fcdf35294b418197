// Helper for tst_crash_safety: adds reflections to a journal until it is killed, and reports each
// one only after add() returned: a reported reflection is a committed one.
//   crash_writer JOURNAL ROUND
#include "journal/journal_store.h"
#include "profile/school_profile.h"
#include "teacher/teacher_schema.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <cstdio>

namespace {

const char* const words[]
    = { "les", "leerling", "ouders", "team", "gesprek", "rekenen", "lezen", "plein", "ruzie",
          "succes", "planning", "vergadering", "reünie", "weektaak", "breuken", "kring" };

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: crash_writer JOURNAL ROUND\n");
        return 2;
    }
    const QString round = QString::fromLocal8Bit(argv[2]);
    const kw::FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
    const kw::SchoolProfile profile = kw::demoProfile();
    auto db = kw::sql::Database::open(QString::fromLocal8Bit(argv[1]), kw::teacherSchema());
    if (!db) {
        std::fprintf(stderr, "crash_writer: %s\n", qPrintable(db.error().message));
        return 1;
    }
    kw::JournalStore store(**db, profile, clock);
    QRandomGenerator rng(round.toUInt());

    for (int n = 0;; ++n) {
        kw::Reflection r;
        r.text = QStringLiteral("ronde %1 nummer %2:").arg(round).arg(n);
        for (int w = rng.bounded(2, 80); w > 0; --w)
            r.text
                += QLatin1Char(' ') + QString::fromUtf8(words[rng.bounded(int(std::size(words)))]);
        r.day = clock.today().addDays(-rng.bounded(60));
        r.valueIds << profile.kernwaarden[rng.bounded(int(profile.kernwaarden.size()))].id;
        r.outcome = rng.bounded(1, 6);
        auto id = store.add(r);
        if (!id) {
            std::fprintf(stderr, "crash_writer: %s\n", qPrintable(id.error().message));
            return 1;
        }
        std::printf("saved %lld %s\n", static_cast<long long>(*id), r.text.toUtf8().constData());
        std::fflush(stdout);
    }
}
