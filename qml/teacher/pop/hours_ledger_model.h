#pragma once

#include "pop/hours_ledger.h"
#include "teacher/journal/journal_list_model.h"

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * One school year of the professionaliseringsuren: its entries as rows and the ledger's summary
 * (budget, saved hours, balance, what expires when) as properties, hours written in the UI
 * language ("2,5"). Adding, changing and removing entries, the FTE and the birth year go through
 * here to the HoursStore, which validates; each returns an error message or "".
 */
class HoursLedgerModel : public kw::JournalListModel
{ // qualified: qmltyperegistrar needs the full name
    Q_OBJECT
    QML_ELEMENT
    /** As 2026 for 2026-2027; 0 (the default) for the current school year. */
    Q_PROPERTY(int schoolYear READ schoolYear WRITE setSchoolYear NOTIFY schoolYearChanged)
    Q_PROPERTY(int shownYear READ shownYear NOTIFY loaded)
    Q_PROPERTY(QString shownYearLabel READ shownYearLabel NOTIFY loaded)
    Q_PROPERTY(QString budgetText READ budgetText NOTIFY loaded)
    Q_PROPERTY(QString carriedInText READ carriedInText NOTIFY loaded)
    Q_PROPERTY(QString availableText READ availableText NOTIFY loaded)
    Q_PROPERTY(QString plannedText READ plannedText NOTIFY loaded)
    Q_PROPERTY(QString spentText READ spentText NOTIFY loaded)
    Q_PROPERTY(QString balanceText READ balanceText NOTIFY loaded)
    Q_PROPERTY(QString overspentText READ overspentText NOTIFY loaded) ///< "" when not overspent
    /** Spent as a share of available, 0..1, for a progress bar. */
    Q_PROPERTY(double spentShare READ spentShare NOTIFY loaded)
    /** What is left after this year's spending: [{hours, expires (label), expiresIso}]. */
    Q_PROPERTY(QVariantList expiring READ expiring NOTIFY loaded)
    Q_PROPERTY(bool hasFte READ hasFte NOTIFY loaded)
    Q_PROPERTY(QString fteText READ fteText NOTIFY loaded) ///< "0,8" in this year, "" when unset
    Q_PROPERTY(int birthYear READ birthYear NOTIFY loaded) ///< 0 when not given
    Q_PROPERTY(bool extraHours READ extraHours NOTIFY loaded) ///< extra hours for age apply
    Q_PROPERTY(int count READ count NOTIFY loaded)
    Q_PROPERTY(QString error READ error NOTIFY loaded)

public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        DayRole, ///< ISO
        DayLabelRole,
        KindIdRole,
        KindNameRole,
        DescriptionRole,
        PlannedTextRole, ///< "" when 0
        SpentTextRole, ///< "" when 0
    };
    Q_ENUM(Role)

    explicit HoursLedgerModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int schoolYear() const { return m_schoolYear; }
    void setSchoolYear(int year);
    int shownYear() const;
    QString shownYearLabel() const;
    QString budgetText() const { return hoursText(m_summary.budget); }
    QString carriedInText() const { return hoursText(m_summary.carriedIn); }
    QString availableText() const { return hoursText(m_summary.available); }
    QString plannedText() const { return hoursText(m_summary.planned); }
    QString spentText() const { return hoursText(m_summary.spent); }
    QString balanceText() const { return hoursText(m_summary.balance); }
    QString overspentText() const;
    double spentShare() const;
    QVariantList expiring() const;
    bool hasFte() const { return m_teacher.ftePermilleIn(shownYear()) > 0; }
    QString fteText() const;
    int birthYear() const { return m_teacher.birthYear.value_or(0); }
    bool extraHours() const;
    int count() const { return int(m_entries.size()); }
    QString error() const { return m_error; }

    /**
     * Adds (@p entryId 0) or changes an entry. Hours as typed: "2", "1,5", "1:30" or "".
     */
    Q_INVOKABLE QString saveEntry(qint64 entryId, const QString& isoDay, const QString& kindId,
        const QString& description, const QString& planned, const QString& spent);
    Q_INVOKABLE QString removeEntry(qint64 entryId);
    /** The FTE from the shown school year on, as typed: "0,8", "0.8" or "1". */
    Q_INVOKABLE QString setFte(const QString& fte);
    Q_INVOKABLE QString setBirthYear(int year);
    /** [{id, name}] of the kinds of activity, translated, in the order they are offered. */
    Q_INVOKABLE QVariantList kinds() const;
    /** The row of an entry, or -1. */
    Q_INVOKABLE int rowOf(qint64 entryId) const;

signals:
    void schoolYearChanged();
    void loaded();

private:
    void refresh() override;
    static QString hoursText(Minutes minutes);

    int m_schoolYear = 0;
    QList<HoursEntry> m_entries;
    HoursYearSummary m_summary;
    TeacherSettings m_teacher;
    QString m_error;
};

} // namespace kw
