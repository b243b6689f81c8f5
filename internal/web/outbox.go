package web

import (
	"net/http"
	"strconv"

	"github.com/heskem/heskem/internal/heskem"
)

// outboxPage lists the email Heskem sent or keeps in the outbox; ?id=
// opens one message.
type outboxPage struct {
	List []heskem.Notification
	Open *heskem.Notification
}

func (w *Web) outbox(rw http.ResponseWriter, r *http.Request) error {
	l := w.localizer(rw, r)
	list, err := w.svc.Notifications(r.Context(), heskem.NotificationFilter{OrgID: w.orgID, Limit: 200})
	if err != nil {
		return err
	}
	p := outboxPage{List: list}
	if id, err := strconv.ParseInt(r.URL.Query().Get("id"), 10, 64); err == nil {
		for i := range list {
			if list[i].ID == id {
				p.Open = &list[i]
			}
		}
	}
	return w.render(rw, r, l, http.StatusOK, "outbox", l.T("outbox.title"), p)
}
