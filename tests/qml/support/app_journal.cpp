#include "app_journal.h"

#include "teacher/journal/reflection_editor.h"

#include <QLocale>
#include <QStandardPaths>

namespace kw::test {

void useTestEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

AppJournal::AppJournal(const QDateTime& now)
    : m_clock(now)
{
    reopen();
}

AppJournal::~AppJournal() = default;

QString AppJournal::path() const
{
    return m_dir.filePath(QStringLiteral("journal.sqlite"));
}

void AppJournal::reopen()
{
    m_service.reset();
    m_service = std::make_unique<JournalService>(path(), m_clock);
    if (!m_service->ready())
        qFatal("the test journal did not open: %s", qPrintable(m_service->openError()));
}

qint64 AppJournal::add(const Reflection& r)
{
    auto id = store().add(r);
    if (!id)
        return 0;
    m_service->notifyChanged();
    return *id;
}

qint64 AppJournal::add(const QString& text, QDate day, const QStringList& valueIds)
{
    return add(reflection(text, day, valueIds));
}

bool AppJournal::addAll(const QList<Reflection>& reflections)
{
    if (!store().addAll(reflections))
        return false;
    m_service->notifyChanged();
    return true;
}

int AppJournal::storedCount()
{
    auto n = store().count({});
    return n ? *n : -1;
}

QString AppJournal::draft()
{
    auto value = m_service->appState()->value(ReflectionEditor::draftKey);
    return value && value->has_value() ? value->value() : QString();
}

} // namespace kw::test
