#pragma once

#include "services/hr_desk.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * Behind HR's export dialog (ExportDialog.qml, opened from the dashboard): HR's figures as CSV
 * (released cells with n, the rest with the rule that withheld them; headers in the UI language)
 * or as the A4 report for the MR and the bestuur (reports/vitality_report.h), where HR chooses.
 *
 *     HrExport { id: exporter; desk: Hr }
 *     exporter.writeCsv(url, "")                // every period
 *     exporter.writePdf(url, "2026-2027/3of6")  // "" = the latest
 *     exporter.lastError / exporter.writtenPath
 */
class HrExport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kw::HrDesk* desk READ desk WRITE setDesk NOTIFY deskChanged REQUIRED)
    /** The periods with a release, newest first: [{id, label}]. */
    Q_PROPERTY(QVariantList periods READ periods NOTIFY deskChanged)
    Q_PROPERTY(QString writtenPath READ writtenPath NOTIFY finished)
    Q_PROPERTY(QString lastError READ lastError NOTIFY finished)

public:
    explicit HrExport(QObject* parent = nullptr);

    HrDesk* desk() const { return m_desk; }
    void setDesk(HrDesk* desk);
    QVariantList periods() const;
    QString writtenPath() const { return m_written; }
    QString lastError() const { return m_error; }

    /** Documents/<name>: where a file goes unless HR picks another place; @p pdf picks the
     * report's name, else the CSV's; @p period "" for every period (CSV) or the latest (PDF). */
    Q_INVOKABLE QUrl suggestedFile(bool pdf, const QString& period) const;
    /** Writes the figures of @p period ("" = every period) as CSV to @p file (a file: URL);
     * false with lastError when it cannot. */
    Q_INVOKABLE bool writeCsv(const QUrl& file, const QString& period);
    /** Writes the report of @p period ("" = the latest) as an A4 PDF to @p file. */
    Q_INVOKABLE bool writePdf(const QUrl& file, const QString& period);
    /** Forgets the last result (when the dialog opens again). */
    Q_INVOKABLE void reset();

signals:
    void deskChanged();
    void finished();

private:
    /** The local path of @p file, or empty with m_error set. */
    QString targetOf(const QUrl& file);
    bool done(const QString& path, const Status& written);

    QPointer<HrDesk> m_desk;
    QString m_written;
    QString m_error;
};

} // namespace kw
