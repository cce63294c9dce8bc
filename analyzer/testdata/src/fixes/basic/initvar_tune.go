package basic

func tuneInvoices() { invoices.SetMaxOpenConns(4) }
