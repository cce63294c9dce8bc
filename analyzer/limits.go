package analyzer

// checkLimits reports, in a sanctioned package, database/sql pools that are
// stored but never get SetMaxOpenConns (category unbounded-pool).
func (p *checker) checkLimits() {}

// checkMaxConns reports literal connection limits above -max-conns
// (category pool-limit).
func (p *checker) checkMaxConns() {}
