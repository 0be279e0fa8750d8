// Confidential notes in format 2 (tk-sealed:2:, clinic::ClinicalKeys). Nothing
// in the tables changes: the version is raised so that a build that knows only
// format 1 sets packages from this one aside («update Tamkeen») instead of
// showing a format-2 note's ciphertext as its text, where an edit would seal
// that ciphertext again and garble the note on every copy.
#include "storage/Migrations.h"

namespace tamkeen::storage {

Status migration022NotesFormat2(Database &)
{
    return {};
}

} // namespace tamkeen::storage
