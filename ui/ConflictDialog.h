#pragma once

#include "UserStore.h"

#include <QDialog>

class QButtonGroup;
class QPushButton;

// Someone else changed a user while the admin was editing them. For each field both changed,
// three columns — as the dialog opened it, theirs now, yours — and the admin chooses which
// stays. Nothing is sent until then; fields only one side changed are kept as they are.
class ConflictDialog : public QDialog {
    Q_OBJECT

public:
    ConflictDialog(const User &asOpened, const User &theirs, const UserChanges &yours,
                   const QList<FieldConflict> &conflicts, QWidget *parent = nullptr);

    // The admin's changes with every conflict resolved: a field where "theirs" was chosen is
    // dropped, one where "yours" was chosen is kept (metadata merged onto theirs by key).
    UserChanges resolvedChanges() const;
    // The fields whose "theirs" was chosen.
    QList<UserField> keptTheirs() const;

    // For tests and keyboard users: choose for every field at once.
    void chooseAllTheirs();
    void chooseAllYours();

private:
    void updateOk();

    User m_asOpened;
    User m_theirs;
    UserChanges m_yours;
    QList<FieldConflict> m_conflicts;
    QList<QButtonGroup *> m_choices; // per conflict: id 0 theirs, 1 yours
    QPushButton *m_ok = nullptr;
};
