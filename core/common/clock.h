#pragma once

#include <QDate>
#include <QDateTime>
#include <functional>

namespace kw {

/** Source of "now"; injected so tests and demos control time. */
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

/** A clock that stands still until moved; for tests. */
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at)
        : m_at(std::move(at))
    { }
    QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = std::move(at); }
    void advanceMs(qint64 ms) { m_at = m_at.addMSecs(ms); }

private:
    QDateTime m_at;
};

} // namespace kw
