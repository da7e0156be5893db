#include "LoadMoreBar.h"

#include "AutoLoader.h"
#include "FrameThrottle.h"
#include "PagedTableModel.h"
#include "PlainText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

LoadMoreBar::LoadMoreBar(PagedTableModel *model, AutoLoader *loader, std::function<int()> visibleRows,
                         QWidget *parent)
    : QFrame(parent),
      m_model(model),
      m_loader(loader),
      m_visibleRows(std::move(visibleRows)),
      m_text(PlainText::label(QString(), this)),
      m_more(new QPushButton(tr("Load &More"), this)),
      m_all(new QPushButton(tr("Load &All"), this)),
      m_stop(new QPushButton(tr("&Stop"), this)),
      m_throttle(new FrameThrottle([this] { refresh(); }, this, 100))
{
    setObjectName(QStringLiteral("loadMoreBar"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setWordWrap(true);
    m_more->setObjectName(QStringLiteral("loadMoreButton"));
    m_all->setObjectName(QStringLiteral("loadAllButton"));
    m_stop->setObjectName(QStringLiteral("stopLoadingButton"));
    m_more->setToolTip(tr("Load the next few pages and keep filtering"));
    m_all->setToolTip(tr("Load every user of this list from the server"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_more);
    layout->addWidget(m_all);
    layout->addWidget(m_stop);

    connect(m_more, &QPushButton::clicked, loader, &AutoLoader::loadMore);
    connect(m_all, &QPushButton::clicked, model, &PagedTableModel::loadAll);
    connect(m_stop, &QPushButton::clicked, model, &PagedTableModel::stopLoading);
    connect(loader, &AutoLoader::waitingForDecisionChanged, this, &LoadMoreBar::refresh);
    connect(model, &PagedTableModel::batchFinished, this, &LoadMoreBar::refresh);
    connect(model, &PagedTableModel::pageLoaded, m_throttle, &FrameThrottle::request);
    connect(model, &PagedTableModel::loadingChanged, this, &LoadMoreBar::refresh);
    connect(model, &PagedTableModel::modelReset, this, &LoadMoreBar::refresh);
    hide();
}

void LoadMoreBar::refresh()
{
    const bool loadingAll = m_model->isLoadingAll();
    const bool shown = loadingAll || m_loader->isWaitingForDecision();
    setVisible(shown);
    if (!shown)
        return;
    const QLocale locale;
    const int loaded = m_model->rowCount();
    const QString loadedText = m_model->totalCount()
        ? tr("%1 of %Ln user(s) loaded", nullptr, int(*m_model->totalCount())).arg(locale.toString(loaded))
        : tr("%Ln user(s) loaded", nullptr, loaded);
    if (loadingAll)
        m_text->setText(tr("Loading all users… %1.").arg(loadedText));
    else
        m_text->setText(tr("%Ln match(es) among %1. Load more to look further, or refine the filter.",
                           nullptr, m_visibleRows())
                            .arg(loadedText));
    m_more->setVisible(!loadingAll);
    m_all->setVisible(!loadingAll);
    m_stop->setVisible(loadingAll);
}
