package mail

import (
	"errors"
	"fmt"

	gomail "github.com/wneessen/go-mail"
)

// DeliveryError is a failed delivery, with what it means for a retry. The
// distinction matters because Heskem promises never to send a reminder
// twice: a retry is safe only when the server certainly did not take the
// message.
type DeliveryError struct {
	Err error
	// Code is the SMTP reply code the server refused with, 0 when it gave
	// none (a network error, a timeout, a message that could not be built).
	Code int
	// Permanent means a retry cannot succeed: the server refused this
	// message or recipient for good (5xx), or the message is malformed.
	Permanent bool
	// Uncertain means the server may have accepted the message: the whole
	// message was transmitted, but its answer to the end of the data was
	// lost (connection dropped, timeout). Resending could deliver it twice.
	Uncertain bool
}

func (e *DeliveryError) Error() string {
	switch {
	case e.Uncertain:
		return fmt.Sprintf("delivery outcome unknown (the server may have accepted the message): %v", e.Err)
	case e.Permanent:
		return fmt.Sprintf("delivery refused: %v", e.Err)
	}
	return fmt.Sprintf("delivery failed, will retry: %v", e.Err)
}

func (e *DeliveryError) Unwrap() error { return e.Err }

// Uncertain reports whether err says the message may have been delivered
// even though sending failed.
func Uncertain(err error) bool {
	var de *DeliveryError
	return errors.As(err, &de) && de.Uncertain
}

// Permanent reports whether err says a retry cannot succeed.
func Permanent(err error) bool {
	var de *DeliveryError
	return errors.As(err, &de) && de.Permanent
}

// classify turns an error from go-mail into a *DeliveryError. Only a
// failure while waiting for the server's answer to the end of the data
// (reason ErrSMTPDataClose) without an SMTP reply code leaves the outcome
// unknown: before that point the server has not received the whole
// message, and a reply code is an explicit answer.
func classify(err error) *DeliveryError {
	de := &DeliveryError{Err: err}
	var se *gomail.SendError
	if !errors.As(err, &se) {
		// Dial, TLS and authentication failures: nothing was sent, and the
		// cause (a server down, a wrong password) may be fixed in time.
		return de
	}
	de.Code = se.ErrorCode()
	switch se.Reason {
	case gomail.ErrSMTPRcptTo, gomail.ErrSMTPData, gomail.ErrSMTPDataClose, gomail.ErrWriteContent:
		// A refusal of this recipient or this content is final when it is
		// a 5xx; only a lost answer to the end of the data is uncertain.
		de.Permanent = de.Code >= 500
		de.Uncertain = de.Code == 0 && se.Reason == gomail.ErrSMTPDataClose
	case gomail.ErrGetSender, gomail.ErrGetRcpts, gomail.ErrNoUnencoded:
		de.Permanent = true
	}
	// Anything else — a refused MAIL FROM ("authenticate first", a sender
	// the relay does not accept) or a broken connection before the data —
	// is a configuration or network problem that can be fixed while the job
	// waits to retry.
	return de
}
