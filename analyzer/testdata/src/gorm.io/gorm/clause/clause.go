// Package clause is a minimal stub of gorm.io/gorm@v1.31.2 for poolcheck's tests.
package clause

type Writer interface {
	WriteByte(byte) error
	WriteString(string) (int, error)
}

type Builder interface {
	Writer
	WriteQuoted(field interface{})
	AddVar(Writer, ...interface{})
	AddError(error) error
}

type Expression interface {
	Build(builder Builder)
}
