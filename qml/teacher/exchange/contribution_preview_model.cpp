#include "teacher/exchange/contribution_preview_model.h"

#include "exchange/shares.h"

#include <QDir>
#include <QFileInfo>

namespace kw {

ContributionPreviewModel::ContributionPreviewModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void ContributionPreviewModel::setExchange(ExchangeService* exchange)
{
    if (m_exchange == exchange)
        return;
    if (m_exchange)
        disconnect(m_exchange, nullptr, this, nullptr);
    m_exchange = exchange;
    if (m_exchange)
        connect(m_exchange, &ExchangeService::changed, this, &ContributionPreviewModel::refresh);
    emit exchangeChanged();
    refresh();
}

void ContributionPreviewModel::setPeriodId(const QString& id)
{
    if (m_periodId == id)
        return;
    m_periodId = id;
    m_written.clear();
    m_error.clear();
    emit periodIdChanged();
    emit finished();
    emit errorTextChanged();
    refresh();
}

void ContributionPreviewModel::refresh()
{
    beginResetModel();
    m_preview.reset();
    m_previewError.clear();
    if (m_exchange && m_exchange->teacher() && !m_periodId.isEmpty()) {
        const SchoolProfile& profile = m_exchange->profile();
        if (auto period = exchange::exchangePeriodFromId(m_periodId, profile.rules.periodMonths)) {
            auto preview = m_exchange->teacher()->preview(profile, *period);
            if (preview)
                m_preview = *preview;
            else
                m_previewError = preview.error().message;
        } else {
            m_previewError = tr("Your school's profile no longer has this period. Go back and "
                                "choose one from the list.");
        }
    }
    endResetModel();
    emit refreshed();
    emit errorTextChanged();
}

int ContributionPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_preview ? 0 : int(m_preview->lines.size());
}

QVariant ContributionPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const exchange::PreviewLine& line = m_preview->lines[index.row()];
    switch (role) {
    case LabelRole: {
        if (line.metric.group == exchange::Metric::Group::Kernwaarde && m_exchange) {
            const Kernwaarde* value = m_exchange->profile().kernwaarde(line.metric.source);
            return value ? value->name : line.metric.source;
        }
        // The section header names the instrument or question; the row needs only the rest.
        const int colon = line.metric.label.lastIndexOf(QStringLiteral(": "));
        return colon >= 0 ? line.metric.label.mid(colon + 2) : line.metric.label;
    }
    case ValueRole:
        return line.present ? line.value : QStringLiteral("—");
    case PresentRole:
        return line.present;
    case SectionRole: {
        if (line.metric.group == exchange::Metric::Group::Kernwaarde)
            return tr("Reflections per kernwaarde");
        const int colon = line.metric.label.lastIndexOf(QStringLiteral(": "));
        if (line.metric.group == exchange::Metric::Group::Wellbeing && colon < 0)
            return tr("Wellbeing");
        return line.metric.label.left(colon);
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ContributionPreviewModel::roleNames() const
{
    return { { LabelRole, "label" }, { ValueRole, "value" }, { PresentRole, "present" },
        { SectionRole, "section" } };
}

QString ContributionPreviewModel::cohortText() const
{
    if (!m_exchange || !m_preview)
        return {};
    const SchoolProfile& p = m_exchange->profile();
    const exchange::Cohort& c = m_preview->plain.cohort;
    QStringList parts;
    if (const ProfileItem* team = p.team(c.team))
        parts << team->name;
    if (const ProfileItem* role = p.role(c.role))
        parts << role->name;
    if (const AgeBand* band = p.ageBand(c.ageBand))
        parts << band->name;
    return parts.isEmpty()
        ? tr("No team, role or age band given: you count for the whole school only.")
        : parts.join(QStringLiteral(" · "));
}

QUrl ContributionPreviewModel::suggestedFile() const
{
    if (!m_preview)
        return {};
    const QString folder = JournalService::exportFolder();
    // "Bijdrage 2026-2027-1.kwbijdrage": the period, never a name or a date.
    QString name = m_preview->plain.period;
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    return QUrl::fromLocalFile(QDir(folder).filePath(tr("Contribution %1.kwbijdrage").arg(name)));
}

bool ContributionPreviewModel::exportTo(const QUrl& file)
{
    m_written.clear();
    m_error.clear();
    const auto done = [this](bool ok) {
        emit finished();
        emit errorTextChanged();
        return ok;
    };
    if (!m_exchange || !m_exchange->teacher() || !m_preview) {
        m_error = tr("There is nothing to export.");
        return done(false);
    }
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (const QString problem = m_exchange->journal().exportTargetProblem(path);
        !problem.isEmpty()) {
        m_error = problem;
        return done(false);
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        m_error = tr("The folder %1 cannot be made. Choose another place.")
                      .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return done(false);
    }
    // Exactly the numbers on screen: the preview the teacher looked at is what is written.
    auto exported = m_exchange->teacher()->exportTo(
        m_exchange->profile(), *m_preview, path, exchange::systemRandom());
    if (!exported) {
        m_error = exported.error().message;
        return done(false);
    }
    m_written = QDir::toNativeSeparators(path);
    m_exchange->notifyExported(); // refreshes the period list, and this preview's revision
    return done(true);
}

} // namespace kw
