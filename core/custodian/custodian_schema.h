#pragma once

#include "storage/database.h"

namespace kw::custodian {

/**
 * The custodian's database (application id "KWC1"): the school's co-signed profiles, the
 * custodian's parts of the teachers' contributions with the HR parts kept sealed beside them,
 * and which ids and revisions each release summed.
 */
const sql::Schema& custodianSchema();

} // namespace kw::custodian
