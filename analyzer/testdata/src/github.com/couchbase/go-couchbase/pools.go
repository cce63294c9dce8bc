// Package couchbase is a stub of github.com/couchbase/go-couchbase@v0.1.1:
// Connect and GetPool read the cluster map over HTTP; the bucket's
// connection pools are made by GetBucket (Bucket.Refresh).
package couchbase

type AuthHandler interface {
	GetCredentials() (string, string, string)
}

type Client struct{ BaseURL string }

type Pool struct {
	BucketMap map[string]*Bucket
}

type Bucket struct{ Name string }

func (b *Bucket) Close() {}

func ConnectWithAuth(baseU string, ah AuthHandler) (c Client, err error)          { return }
func ConnectWithAuthCreds(baseU, username, password string) (c Client, err error) { return }
func Connect(baseU string) (Client, error)                                        { return Client{}, nil }

func (c *Client) GetPool(name string) (p Pool, err error) { return }

func (p *Pool) GetBucket(name string) (*Bucket, error) { return nil, nil }

func (p *Pool) GetBucketWithAuth(bucket, username, password string) (*Bucket, error) {
	return nil, nil
}

func GetBucket(endpoint, poolname, bucketname string) (*Bucket, error) { return nil, nil }

func ConnectWithAuthAndGetBucket(endpoint, poolname, bucketname string,
	ah AuthHandler) (*Bucket, error) {
	return nil, nil
}
