#pragma once

#include "custodian/custodian_inbox.h"
#include "import_outcome_model.h"
#include "outcome_filter_model.h"
#include "services/custodian_desk.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <atomic>
#include <memory>

namespace kw {

/**
 * The custodian's inbox (InboxPage): imports the teachers' files and folders the custodian
 * dropped or chose, on a worker thread with its own connection to the custodian's database
 * (custodian::importEachFile), with progress and a cancel that stops after the file being
 * placed. Each file's outcome arrives in outcomes once its batch is committed; files shows
 * them filtered and sorted. Calls Custodian.notifyChanged() when an import ends.
 */
class InboxImport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kw::CustodianDesk* desk READ desk WRITE setDesk NOTIFY deskChanged REQUIRED)
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(int done READ done NOTIFY progressChanged)
    Q_PROPERTY(int total READ total NOTIFY progressChanged)
    /** Whether an import has run (and ended) since the page opened. */
    Q_PROPERTY(bool finished READ finished NOTIFY summaryChanged)
    Q_PROPERTY(bool cancelled READ cancelled NOTIFY summaryChanged)
    Q_PROPERTY(int accepted READ accepted NOTIFY summaryChanged)
    Q_PROPERTY(int refused READ refused NOTIFY summaryChanged)
    /** Per outcome that occurred: { key, label, count }, in the outcomes' order; after "all",
     * "accepted" and "refused". The table's filter chips. */
    Q_PROPERTY(QVariantList filters READ filters NOTIFY summaryChanged)
    /** The one line that says how the import ended; empty before the first. */
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY summaryChanged)
    /** Why the import could not run or stopped; empty when all went well. */
    Q_PROPERTY(QString errorText READ errorText NOTIFY summaryChanged)
    /** What the database keeps per period, newest first: { period, kept, late, releases }. */
    Q_PROPERTY(QVariantList periods READ periods NOTIFY periodsChanged)
    Q_PROPERTY(kw::ImportOutcomeModel* outcomes READ outcomes CONSTANT)
    Q_PROPERTY(kw::OutcomeFilterModel* files READ files CONSTANT)

public:
    explicit InboxImport(QObject* parent = nullptr);
    ~InboxImport() override;

    CustodianDesk* desk() const { return m_desk; }
    void setDesk(CustodianDesk* desk);
    bool running() const { return m_thread != nullptr; }
    int done() const { return m_done; }
    int total() const { return m_total; }
    bool finished() const { return m_finished; }
    bool cancelled() const { return m_summary.cancelled; }
    int accepted() const { return m_summary.accepted; }
    int refused() const { return m_summary.counts.total() - m_summary.accepted; }
    QVariantList filters() const;
    QString summaryText() const;
    QString errorText() const { return m_error; }
    QVariantList periods() const { return m_periods; }
    ImportOutcomeModel* outcomes() const { return m_outcomes; }
    OutcomeFilterModel* files() const { return m_files; }

    /**
     * Imports the files and folders @p urls (file: URLs, as a drop or a dialog gives them);
     * false, with errorText, when it cannot start (running already, the database or the key is
     * not ready, nothing given). The outcomes of an earlier import are cleared.
     */
    Q_INVOKABLE bool start(const QList<QUrl>& urls);
    /** Stops the running import after the file being placed; what was committed stays. */
    Q_INVOKABLE void cancel();
    /** Waits until the running import ended (for tests and shutdown). */
    Q_INVOKABLE void wait();

signals:
    void deskChanged();
    void runningChanged();
    void progressChanged();
    void summaryChanged();
    void periodsChanged();
    /** An import ended (completed, cancelled or failed). */
    void ended();

private:
    void receive(const QList<custodian::FileOutcome>& files, int done, int total);
    void end(const Result<custodian::ImportSummary>& result);
    bool refuse(const QString& message);
    void readPeriods();

    QPointer<CustodianDesk> m_desk;
    QMetaObject::Connection m_deskChanged;
    QVariantList m_periods;
    ImportOutcomeModel* m_outcomes;
    OutcomeFilterModel* m_files;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_stop;
    int m_done = 0;
    int m_total = 0;
    bool m_finished = false;
    custodian::ImportSummary m_summary;
    QString m_error;
};

} // namespace kw
