#include "hr/bestuur_board.h"

#include "bestuur/aggregate_import.h"
#include "bestuur/bestuur_schema.h"
#include "bestuur/period_schools.h"
#include "demo/demo_bestuur.h"
#include "exchange/envelope.h"
#include "exchange/exchange_period.h"
#include "hr/figure_text.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QVariantMap>

namespace kw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::BestuurBoard)
};

using Outcome = bestuur::BestuurStore::Outcome;

QString outcomeText(const bestuur::AggregateImport& r)
{
    const auto period = exchange::exchangePeriodFromId(r.period);
    const QString when = period ? period->label() : r.period;
    switch (r.outcome) {
    case Outcome::Added:
        return Text::tr("%1, %2 (release %3): added, %4 figures released, %5 withheld.")
            .arg(r.schoolName, when)
            .arg(r.releaseNumber)
            .arg(r.released)
            .arg(r.withheld);
    case Outcome::Replaced:
        return Text::tr("%1, %2: release %3 replaced release %4.")
            .arg(r.schoolName, when)
            .arg(r.releaseNumber)
            .arg(r.earlierRelease);
    case Outcome::AlreadyThere:
        return Text::tr("%1, %2 (release %3): already imported, nothing changed.")
            .arg(r.schoolName, when)
            .arg(r.releaseNumber);
    case Outcome::Outdated:
        return Text::tr("%1, %2: release %3 is older than release %4 already here; nothing "
                        "changed.")
            .arg(r.schoolName, when)
            .arg(r.releaseNumber)
            .arg(r.earlierRelease);
    }
    return {};
}

/** The files @p urls name: files as they are, folders by their .kwaggregaat files. */
QStringList filesOf(const QList<QUrl>& urls)
{
    QStringList files;
    for (const QUrl& url : urls) {
        const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
        if (!QFileInfo(path).isDir()) {
            files << path;
            continue;
        }
        QDirIterator it(
            path, { QStringLiteral("*.kwaggregaat") }, QDir::Files, QDirIterator::Subdirectories);
        QStringList found;
        while (it.hasNext())
            found << it.next();
        found.sort();
        files << found;
    }
    return files;
}

QVariantMap figureMap(const hr::ReportRow& row, const QLocale& locale)
{
    const bool released = row.released();
    return { { QStringLiteral("present"), true }, { QStringLiteral("withheld"), !released },
        { QStringLiteral("text"), hr::figureText(row, locale) },
        { QStringLiteral("interval"), hr::figureIntervalText(row, locale) },
        { QStringLiteral("n"), released ? QVariant(row.statistics.n) : QVariant() },
        { QStringLiteral("reason"), row.withheldText() } };
}

QVariantMap absent()
{
    return { { QStringLiteral("present"), false }, { QStringLiteral("withheld"), false },
        { QStringLiteral("text"), QString() }, { QStringLiteral("interval"), QString() },
        { QStringLiteral("n"), QVariant() },
        { QStringLiteral("reason"), Text::tr("This school has no such group.") } };
}

bool sameCell(const hr::ReportRow& a, const hr::ReportRow& b)
{
    return a.dimension == b.dimension && a.cellId == b.cellId && a.metricId == b.metricId;
}

} // namespace

BestuurBoard::BestuurBoard(QObject* parent)
    : QAbstractListModel(parent)
{ }

BestuurBoard::~BestuurBoard() = default;

void BestuurBoard::setDesk(HrDesk* desk)
{
    if (m_desk == desk)
        return;
    m_store.reset();
    m_db.reset();
    m_desk = desk;
    emit deskChanged();
    read();
}

QString BestuurBoard::databasePath() const
{
    return m_desk ? demo::bestuurDatabaseBeside(m_desk->databasePath()) : QString();
}

void BestuurBoard::setPeriod(const QString& period)
{
    if (period == m_period)
        return;
    m_period = period;
    read();
}

void BestuurBoard::setMetric(const QString& metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    read();
}

bestuur::BestuurStore* BestuurBoard::store(bool create)
{
    if (m_store)
        return m_store.get();
    const QString path = databasePath();
    if (path.isEmpty())
        return nullptr;
    if (!create && !QFileInfo::exists(path))
        return nullptr;
    auto db = create ? sql::Database::open(path, bestuur::bestuurSchema())
                     : bestuur::openExistingBestuurDatabase(path);
    if (!db) {
        m_error = db.error().message;
        return nullptr;
    }
    m_db = std::move(*db);
    m_store = std::make_unique<bestuur::BestuurStore>(*m_db, m_desk->clock());
    return m_store.get();
}

void BestuurBoard::reload()
{
    read();
}

void BestuurBoard::read()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    m_periods.clear();
    m_metrics.clear();
    m_columns.clear();
    m_chart.clear();
    const auto finish = [this] {
        endResetModel();
        emit figuresChanged();
    };
    if (m_desk)
        m_desk->ready(); // the demo makes its school, and the bestuur beside it, on first use
    bestuur::BestuurStore* s = store(false);
    if (!s)
        return finish();
    auto periods = s->periods();
    if (!periods) {
        m_error = periods.error().message;
        return finish();
    }
    for (auto it = periods->crbegin(); it != periods->crend(); ++it) {
        const auto period = exchange::exchangePeriodFromId(*it);
        m_periods << QVariantMap { { QStringLiteral("id"), *it },
            { QStringLiteral("label"), period ? period->label() : *it } };
    }
    if (periods->isEmpty())
        return finish();
    if (!periods->contains(m_period))
        m_period = periods->last();
    auto schools = bestuur::periodSchools(*s, m_period);
    if (!schools) {
        m_error = schools.error().message;
        return finish();
    }
    auto rows = bestuur::periodReport(m_period, *schools);
    if (!rows) {
        m_error = rows.error().message;
        return finish();
    }
    fill(*schools, *rows);
    finish();
}

void BestuurBoard::fill(
    const QList<bestuur::SchoolFigures>& schools, const QList<bestuur::BestuurRow>& rows)
{
    const QLocale locale;
    QStringList metricIds;
    for (const bestuur::BestuurRow& r : rows) {
        if (r.level != bestuur::Level::Bestuur || r.row.kind == hr::MetricKind::Asked
            || metricIds.contains(r.row.metricId))
            continue;
        metricIds << r.row.metricId;
        m_metrics << QVariantMap { { QStringLiteral("id"), r.row.metricId },
            { QStringLiteral("label"), r.row.label } };
    }
    if (!metricIds.contains(m_metric))
        m_metric = metricIds.contains(QStringLiteral("score.who5")) ? QStringLiteral("score.who5")
                                                                    : metricIds.value(0);
    for (const bestuur::SchoolFigures& school : schools)
        m_columns << school.profile.schoolName;
    m_columns << Text::tr("Bestuur");

    for (const bestuur::BestuurRow& merged : rows) {
        if (merged.level != bestuur::Level::Bestuur || merged.row.metricId != m_metric)
            continue;
        Row row { merged.row.cellName, hr::dimensionName(merged.row.dimension), {} };
        QList<const hr::ReportRow*> perSchool;
        for (const bestuur::SchoolFigures& school : schools) {
            const hr::ReportRow* found = nullptr;
            for (const bestuur::BestuurRow& own : rows) {
                if (own.level == bestuur::Level::School && own.schoolId == school.schoolId
                    && sameCell(own.row, merged.row)) {
                    found = &own.row;
                    break;
                }
            }
            perSchool << found;
            row.figures << (found ? QVariant(figureMap(*found, locale)) : QVariant(absent()));
        }
        QVariantMap bestuurFigure = figureMap(merged.row, locale);
        bestuurFigure.insert(QStringLiteral("schools"),
            Text::tr("%1 of %2 schools").arg(merged.schools).arg(merged.schoolsWithFigure));
        row.figures << bestuurFigure;
        if (merged.row.dimension == hr::Dimension::School) {
            const auto [low, high] = hr::figureRange(schools.first().profile, merged.row);
            const auto chartEntry = [&](const QString& name, const hr::ReportRow* r) {
                QVariantMap entry = r ? figureMap(*r, locale) : absent();
                entry.insert(QStringLiteral("name"), name);
                const auto value = r ? hr::figureValue(*r) : std::nullopt;
                entry.insert(QStringLiteral("value"),
                    value && high > low
                        ? QVariant(std::clamp((*value - low) / (high - low), 0.0, 1.0))
                        : QVariant());
                return entry;
            };
            for (qsizetype i = 0; i < schools.size(); ++i)
                m_chart << chartEntry(m_columns[i], perSchool[i]);
            m_chart << chartEntry(m_columns.last(), &merged.row);
        }
        m_rows << row;
    }
}

int BestuurBoard::importFiles(const QList<QUrl>& urls)
{
    m_outcomes.clear();
    int refused = 0;
    bestuur::BestuurStore* s = store(true);
    const QStringList files = filesOf(urls);
    for (const QString& path : files) {
        const QString name = QFileInfo(path).fileName();
        Result<bestuur::AggregateImport> imported = Error { Error::Code::Io, m_error };
        if (s) {
            auto bytes = exchange::readFileLimited(
                path, exchange::maxFileBytes(::kernwijzer::v1::FILE_KIND_AGGREGATE));
            imported = bytes ? bestuur::importAggregate(*s, *bytes)
                             : Result<bestuur::AggregateImport>(bytes.error());
        }
        if (!imported) {
            ++refused;
            m_outcomes << QVariantMap { { QStringLiteral("file"), name },
                { QStringLiteral("ok"), false },
                { QStringLiteral("text"), Text::tr("Refused: %1").arg(imported.error().message) },
                { QStringLiteral("newSchool"), false } };
            continue;
        }
        m_outcomes << QVariantMap { { QStringLiteral("file"), name },
            { QStringLiteral("ok"), true }, { QStringLiteral("text"), outcomeText(*imported) },
            { QStringLiteral("newSchool"), imported->newSchool },
            { QStringLiteral("schoolName"), imported->schoolName },
            { QStringLiteral("verificationCode"), imported->verificationCode },
            { QStringLiteral("hrKey"), imported->hrKeyFingerprint } };
    }
    if (files.isEmpty())
        m_outcomes << QVariantMap { { QStringLiteral("file"), QString() },
            { QStringLiteral("ok"), false },
            { QStringLiteral("text"), Text::tr("No aggregate files (.kwaggregaat) found.") },
            { QStringLiteral("newSchool"), false } };
    emit outcomesChanged();
    read();
    return refused;
}

int BestuurBoard::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BestuurBoard::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case CellNameRole:
        return row.cellName;
    case DimensionNameRole:
        return row.dimensionName;
    case FiguresRole:
        return row.figures;
    default:
        return {};
    }
}

QHash<int, QByteArray> BestuurBoard::roleNames() const
{
    return { { CellNameRole, "cellName" }, { DimensionNameRole, "dimensionName" },
        { FiguresRole, "figures" } };
}

} // namespace kw
