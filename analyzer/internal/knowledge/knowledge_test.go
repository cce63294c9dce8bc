package knowledge_test

import (
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/poolcheck/poolcheck/analyzer/internal/knowledge"
)

// unstubbed are the constructor packages that have no stub under
// analyzer/testdata/src: their libraries are checked against the module
// source only (docs/catalog-verification.md), not by the analyzer's tests.
// A library added without stubs must be listed here, on purpose.
var unstubbed = []string{
	"github.com/go-pg/pg/v9",
	"github.com/mediocregopher/radix/v3",
	"github.com/mediocregopher/radix/v4",
	"github.com/globalsign/mgo",
	"gopkg.in/mgo.v2",
	"github.com/elastic/go-elasticsearch/v9",
	"github.com/olivere/elastic/v7",
	"github.com/opensearch-project/opensearch-go/v4",
	"github.com/opensearch-project/opensearch-go/v4/opensearchapi",
	"github.com/opensearch-project/opensearch-go/v2",
	"github.com/neo4j/neo4j-go-driver/v5/neo4j",
	"github.com/couchbase/gocb/v2",
	"github.com/aerospike/aerospike-client-go/v8",
	"github.com/influxdata/influxdb-client-go/v2",
	"github.com/ydb-platform/ydb-go-sdk/v3",
	"cloud.google.com/go/firestore",
	"cloud.google.com/go/datastore",
	"cloud.google.com/go/bigtable",
	"cloud.google.com/go/bigquery",
	"github.com/aws/aws-sdk-go-v2/service/dynamodb",
	"github.com/aws/aws-sdk-go/service/dynamodb",
	"github.com/boltdb/bolt",
	"github.com/dgraph-io/badger/v3",
	"github.com/duckdb/duckdb-go/v2",
	"github.com/marcboeker/go-duckdb",
	"github.com/apple/foundationdb/bindings/go/src/fdb",
	"github.com/microsoft/go-mssqldb",
}

// unresolved are names in stubbed packages that the stubs do not declare:
// the stubs hold what the analyzer's scenarios use, and these entries were
// checked against the module source only.
var unresolved = []string{
	"github.com/garyburd/redigo/redis.DialURL",                        // the 2015 snapshot's stub has Dial and DialTimeout
	"github.com/elastic/elastic-transport-go/v8/elastictransport.New", // the stub declares only Interface
	"github.com/elastic/elastic-transport-go/v8/elastictransport.NewClient",
	"github.com/elastic/elastic-transport-go/v8/elastictransport.Client",
}

func parse(t *testing.T, lib, name string) knowledge.Symbol {
	t.Helper()
	k, err := knowledge.ParseName(name)
	if err != nil {
		t.Errorf("%s: %v", lib, err)
	}
	return k
}

// TestNames checks that every name of every record parses and has the
// shape its field needs.
func TestNames(t *testing.T) {
	libs := map[string]bool{}
	ctors := map[string]bool{}
	for _, lib := range knowledge.Libraries {
		if lib.Name == "" || libs[lib.Name] {
			t.Errorf("library name %q is empty or repeated", lib.Name)
		}
		libs[lib.Name] = true
		for _, c := range lib.Constructors {
			k := parse(t, lib.Name, c.Name)
			if ctors[c.Name] {
				t.Errorf("%s: constructor %s is catalogued twice", lib.Name, c.Name)
			}
			ctors[c.Name] = true
			if c.Cond.Rule == knowledge.UnlessFieldSet && c.Cond.Field == "" {
				t.Errorf("%s: %s: UnlessFieldSet without a field", lib.Name, c.Name)
			}
			if k.Literal && c.Cond.Rule != knowledge.Always && c.Cond.Rule != knowledge.UnlessFieldSet {
				t.Errorf("%s: %s: a literal has no arguments for %v", lib.Name, c.Name, c.Cond)
			}
		}
		for _, name := range slices.Concat(lib.LimitMethods, lib.SizeMethods) {
			if k := parse(t, lib.Name, name); k.Recv == "" {
				t.Errorf("%s: limit or size method %s is not a method", lib.Name, name)
			}
		}
		for _, name := range slices.Concat(lib.ClientTypes, fieldTypes(lib)) {
			if k := parse(t, lib.Name, name); k.Recv != "" || k.Literal {
				t.Errorf("%s: %s is not a type name pkg/path.Type", lib.Name, name)
			}
		}
		for _, f := range lib.SizeFields {
			if k := parse(t, lib.Name, f.Type); !slices.Contains(packagesOf(lib), k.Pkg) {
				t.Errorf("%s: size field %s.%s is not in a package of the library", lib.Name, f.Type, f.Name)
			}
		}
		for _, name := range slices.Concat(lib.PoolConnectors, passThroughs(lib)) {
			parse(t, lib.Name, name)
		}
	}
	for _, s := range knowledge.Scopes {
		if s.Serves == "" || !strings.Contains(s.Serves, " to ") {
			t.Errorf("scope %+v: Serves must read \"... to ...\"", s)
		}
		if s.AnyParam != nil && (s.Params != nil || s.More != 0) {
			t.Errorf("scope %q: AnyParam excludes Params", s.Serves)
		}
		if !s.Method && !reflectZero(s.Receiver) {
			t.Errorf("scope %q: a Receiver condition needs Method", s.Serves)
		}
	}
}

func reflectZero(r knowledge.Receiver) bool {
	return r.EmbedsPrefix == "" && r.EmbedsSuffix == "" && r.ImplementsIn == nil && r.ImplementsImporterOf == "" && r.Except == nil
}

func fieldTypes(lib knowledge.Library) []string {
	var out []string
	for _, f := range lib.SizeFields {
		out = append(out, f.Type)
	}
	return out
}

func passThroughs(lib knowledge.Library) []string {
	var out []string
	for _, pt := range lib.PassThrough {
		out = append(out, pt.Func)
	}
	return out
}

// packagesOf lists the packages of a library's constructors and clients.
func packagesOf(lib knowledge.Library) []string {
	var out []string
	for _, name := range slices.Concat(constructorNames(lib), lib.ClientTypes) {
		if k, err := knowledge.ParseName(name); err == nil {
			out = append(out, k.Pkg)
		}
	}
	return out
}

func constructorNames(lib knowledge.Library) []string {
	var out []string
	for _, c := range lib.Constructors {
		out = append(out, c.Name)
	}
	return out
}

// TestLibraries type-checks every record against the stubs under
// analyzer/testdata/src, which the analyzer's tests run on: each
// constructor's package loads and the constructor resolves there (unless
// the package is unstubbed), each client type is a result of one of its
// library's constructors, each size field is a field of its type, each
// limit or size method a method of its type.
func TestLibraries(t *testing.T) {
	pkgs := load(t)
	lookup := func(lib, name string) (types.Object, bool) {
		k := parse(t, lib, name)
		pkg := pkgs[k.Pkg]
		if pkg == nil {
			if !slices.Contains(unstubbed, k.Pkg) {
				t.Errorf("%s: %s: package %s has no stub in analyzer/testdata/src (add one, or list it in unstubbed)", lib, name, k.Pkg)
			}
			return nil, false
		}
		if slices.Contains(unstubbed, k.Pkg) {
			t.Errorf("%s: package %s is stubbed: remove it from unstubbed", lib, k.Pkg)
		}
		if slices.Contains(unresolved, name) {
			if pkg.Scope().Lookup(k.Name) != nil {
				t.Errorf("%s: %s resolves in its stub: remove it from unresolved", lib, name)
			}
			return nil, false
		}
		if k.Recv == "" {
			obj := pkg.Scope().Lookup(k.Name)
			if obj == nil {
				t.Errorf("%s: %s does not resolve in the stub of %s", lib, name, k.Pkg)
			}
			return obj, obj != nil
		}
		tn, _ := pkg.Scope().Lookup(k.Recv).(*types.TypeName)
		if tn == nil {
			t.Errorf("%s: %s: no type %s in the stub of %s", lib, name, k.Recv, k.Pkg)
			return nil, false
		}
		obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), true, pkg, k.Name)
		if _, ok := obj.(*types.Func); !ok {
			t.Errorf("%s: %s is not a method in the stub of %s", lib, name, k.Pkg)
			return nil, false
		}
		return obj, true
	}
	for _, lib := range knowledge.Libraries {
		results := map[string]bool{}
		unchecked := false
		for _, name := range slices.Concat(constructorNames(lib), passThroughs(lib)) {
			obj, ok := lookup(lib.Name, strings.TrimSuffix(name, knowledge.LiteralSuffix))
			if !ok {
				unchecked = true
				continue
			}
			if fn, ok := obj.(*types.Func); ok && fn.Signature().Results().Len() > 0 {
				results[typeName(fn.Signature().Results().At(0).Type())] = true
			} else if tn, ok := obj.(*types.TypeName); ok {
				results[typeName(tn.Type())] = true
			}
		}
		for _, ct := range lib.ClientTypes {
			if obj, ok := lookup(lib.Name, ct); ok {
				if _, isType := obj.(*types.TypeName); !isType {
					t.Errorf("%s: client type %s is not a type", lib.Name, ct)
				}
			}
			if len(lib.Constructors) > 0 && !unchecked && !results[ct] {
				t.Errorf("%s: client type %s is not the result of any of its constructors", lib.Name, ct)
			}
		}
		for _, name := range slices.Concat(lib.LimitMethods, lib.SizeMethods, lib.PoolConnectors) {
			lookup(lib.Name, name)
		}
		for _, f := range lib.SizeFields {
			obj, ok := lookup(lib.Name, f.Type)
			if !ok {
				continue
			}
			if st, isStruct := obj.Type().Underlying().(*types.Struct); !isStruct || !hasField(st, f.Name) {
				t.Errorf("%s: %s has no field %s in its stub", lib.Name, f.Type, f.Name)
			}
		}
	}
}

func hasField(st *types.Struct, name string) bool {
	for i := range st.NumFields() {
		if st.Field(i).Name() == name {
			return true
		}
	}
	return false
}

// typeName is "pkg/path.Type" for T or *T.
func typeName(t types.Type) string {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
		return n.Obj().Pkg().Path() + "." + n.Obj().Name()
	}
	return ""
}

// load type-checks, in GOPATH mode as analysistest does, every package
// that the records name and that has a stub (or is in the standard
// library).
func load(t *testing.T) map[string]*types.Package {
	t.Helper()
	gopath, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, lib := range knowledge.Libraries {
		for _, name := range slices.Concat(constructorNames(lib), passThroughs(lib), lib.ClientTypes, lib.LimitMethods, lib.SizeMethods, lib.PoolConnectors, fieldTypes(lib)) {
			k, err := knowledge.ParseName(name)
			if err != nil || slices.Contains(paths, k.Pkg) {
				continue
			}
			if _, err := os.Stat(filepath.Join(gopath, "src", k.Pkg)); err == nil || !strings.Contains(strings.Split(k.Pkg, "/")[0], ".") {
				paths = append(paths, k.Pkg)
			}
		}
	}
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedTypes | packages.NeedImports | packages.NeedDeps | packages.NeedSyntax | packages.NeedTypesInfo,
		Dir:  filepath.Join(gopath, "src"),
		Env:  append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOWORK=off", "GOPROXY=off"),
	}
	loaded, err := packages.Load(cfg, paths...)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*types.Package{}
	for _, p := range loaded {
		if len(p.Errors) > 0 {
			t.Errorf("stub %s: %v", p.PkgPath, p.Errors)
			continue
		}
		out[p.PkgPath] = p.Types
	}
	return out
}
