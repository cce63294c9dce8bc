package rettest

import "testing"

func TestOpen(t *testing.T) {
	conn, err := openDB()
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	_ = Idle()
}
