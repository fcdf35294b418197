#include "hr/release_advice.h"

#include "hr/hr_text.h"

namespace kw::hr {

QString whatToDoNext(const Error& refusal)
{
    switch (refusal.code) {
    case Error::Code::Untrusted:
        return Text::tr("Do not use this file. Check that it is your school's release; if it "
                        "is, ask the custodian to make it again and to send it to you directly. "
                        "If that copy is refused too, compare the custodian's key fingerprint "
                        "with the one in the school profile.");
    case Error::Code::InvalidInput:
        return Text::tr("Check that HR's key is unlocked, and import the releases of a period "
                        "in order, the first one first; the custodian can tell you which there "
                        "are.");
    case Error::Code::NotFound:
        return Text::tr("Import the school profile version the release names first, then this "
                        "release again.");
    case Error::Code::Expired:
        return Text::tr("The school profile has expired: HR and the custodian sign a new one "
                        "first.");
    case Error::Code::Busy:
    case Error::Code::ReadOnly:
    case Error::Code::DiskFull:
    case Error::Code::NewerSchema:
    case Error::Code::Io:
        return Text::tr("Nothing was imported. Make sure HR's database can be written (free "
                        "disk space, no other program using it) and try again.");
    case Error::Code::Corrupt:
        break;
    }
    return Text::tr("The file is damaged or not a release: ask the custodian to send it again.");
}

} // namespace kw::hr
