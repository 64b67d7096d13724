package cn.duban.operations;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Sets {@link PlannerProperties} on every connection duban opens to PostgreSQL, before the pool starts (H2, the
 * demo database, has no such settings). A connection init statement the operator configured is left alone.
 */
@Component
class PlannerCosts implements BeanPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:") && pool.getConnectionInitSql() == null) {
            PlannerProperties planner = Binder.get(environment).bindOrCreate(PlannerProperties.PREFIX, PlannerProperties.class);
            pool.setConnectionInitSql(planner.connectionInitSql());
        }
        return bean;
    }
}
